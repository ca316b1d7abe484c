# NumPy multiplies the new shape's dimensions in order: 2**59 * 16 overflows before the 0,
# so this reshape of an empty array fails although the sizes would agree.
import numpy as np

e = np.zeros((2**59, 0))
f = e.reshape(2**59, 16, 0)
print(f.shape)
