# The .dot() method needs the other operand.
import numpy as np

x = np.arange(3)
print(x.dot())
