# expect-error: 4:7: unsupported: np.sqrt of uint8 (NumPy gives float16)
import numpy as np
a = np.array([4, 9], dtype=np.uint8)
print(np.sqrt(a))
