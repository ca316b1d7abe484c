import numpy as np
print(abs(0.5 - 3j))
print(repr(abs(np.complex128(0.5 - 3j))))
print(repr(np.abs(np.complex128(0.5 - 3j))))
