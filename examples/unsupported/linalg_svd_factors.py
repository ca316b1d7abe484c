# expect-error: 5:11: unsupported: numpy function 'np.linalg.svd'
import numpy as np

Z = np.random.uniform(0, 1, (4, 4))
U, S, V = np.linalg.svd(Z)
print(S)
