import numpy as np

a = np.arange(5)
print(np.delete(a, 0))
print(np.delete(a, np.array([True, False])))
