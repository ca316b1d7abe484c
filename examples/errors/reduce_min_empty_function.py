import numpy as np

e = np.ones((4, 0))
print(np.min(e, axis=1))
