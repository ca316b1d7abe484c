import numpy as np

a = np.arange(6)
i = np.array([1, 2, 6])
print(np.take(a, i[:2]))
print(np.take(a, i))
