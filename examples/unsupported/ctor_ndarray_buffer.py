# expect-error: 3:27: unsupported: the buffer argument of np.ndarray()
import numpy as np
a = np.ndarray((2,), int, b"0123456789abcdef")
print(a)
