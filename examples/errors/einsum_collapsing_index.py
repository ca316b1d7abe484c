import numpy as np

a = np.arange(6).reshape(2, 3)
print(np.einsum('ii', a))
