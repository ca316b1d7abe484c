import numpy as np

a = np.arange(6.0).reshape(2, 3)
print(np.einsum('ijk->i', a))
