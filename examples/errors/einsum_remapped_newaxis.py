import numpy as np

a = np.ones((3, 5))
print(np.einsum('ik,ij->ijk', a, np.ones((2, 4))))
