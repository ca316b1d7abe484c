import numpy as np

print(np.diag(np.zeros((2, 2, 2))))
