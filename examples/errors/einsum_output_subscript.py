import numpy as np

a = np.arange(6).reshape(2, 3)
b = np.arange(3)
print(np.einsum('ij,j->k', a, b))
