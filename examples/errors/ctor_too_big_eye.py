# An identity matrix of side 2**32 has 2**64 elements.
import numpy as np

print(np.eye(2))
x = np.eye(2**32)
print(x[0, 0])
