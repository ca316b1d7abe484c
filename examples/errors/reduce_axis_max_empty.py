import numpy as np

e = np.zeros((0, 3))
print(e.max(axis=0))
