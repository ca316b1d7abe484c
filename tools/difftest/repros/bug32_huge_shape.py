import numpy as np
z = np.full((2 ** 33, 2 ** 33), 1.5)
