# Integer matrix products wrap around like int64 arithmetic, batches too.
import numpy as np

big = np.full((2, 2, 2), 2**62)
print(big @ np.array([[2, 1], [1, 2]]))
print(np.array([2**62, 2**62]) @ np.array([4, 1]))
