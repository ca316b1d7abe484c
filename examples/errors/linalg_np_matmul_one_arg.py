# np.matmul needs two operands.
import numpy as np

x = np.arange(3)
print(np.matmul(x))
