# np.dot needs two operands.
import numpy as np

x = np.arange(3)
print(np.dot(x))
