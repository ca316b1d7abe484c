# A negative size is a negative dimension.
import numpy as np

np.random.seed(0)
x = np.random.randint(3, size=-1)
print(x)
