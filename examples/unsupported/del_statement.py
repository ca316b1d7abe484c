# expect-error: 6:1: unsupported: del statements
import numpy as np

x = np.zeros((1000, 1000))
y = x.sum()
del x
print(y)
