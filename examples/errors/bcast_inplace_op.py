# x += y reports the output shape as a third operand.
import numpy as np

x = np.zeros((3, 4))
y = np.arange(2)
x += y
print(x)
