# The legacy draws check their size too.
import numpy as np

np.random.seed(1)
print(np.random.randint(0, 5, 3))
x = np.random.randint(0, 5, (2**31, 2**31))
print(x[0, 0])
