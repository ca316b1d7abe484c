# A real scalar stored into one element of a complex array: the imaginary part becomes 0.
import numpy as np

cz = np.array([-5, 11, 6]) + 1j
cz[2] = -1.5
print(cz)
cz[0] = 2
print(cz)
c2 = np.ones((2, 2)) * 1j
c2[1, 1] = np.float64(3.0)
print(c2)
c3 = np.ones(3, dtype=np.complex64) * 1j
c3[0] = 4
c3[-1] = True
print(c3)
