import numpy as np

print(np.unravel_index(400, (6, 7, 8)))
