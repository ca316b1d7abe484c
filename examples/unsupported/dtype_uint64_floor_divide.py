# expect-error: 4:7: unsupported: `//` on uint64 values
import numpy as np
a = np.array([4, 9], dtype=np.uint64)
print(a // 2)
