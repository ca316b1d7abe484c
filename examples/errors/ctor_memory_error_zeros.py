# 2**59 float64 elements are 4 EiB: a valid size, but more than any address space, so the
# allocation fails and NumPy raises MemoryError with the size in binary units.
import numpy as np

print(np.zeros(2))
x = np.zeros(2**59)
print(x.size)
