import numpy as np

r = np.ones((10, 2))
v = np.ones((10, 3))
print(np.einsum('ij,ij->i', r, v))
