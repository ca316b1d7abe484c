import numpy as np
cz = np.zeros(3, dtype=complex)
cz[1] = 0.5 + 1j
print(cz)
