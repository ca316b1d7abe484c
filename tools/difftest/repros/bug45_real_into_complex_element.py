import numpy as np
cz = np.array([-5, 11, 6]) + 1j
cz[2] = -1.5
print(cz)
