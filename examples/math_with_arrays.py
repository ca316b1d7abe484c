# math scalars combined with NumPy arrays keep NumPy's dtypes.
import numpy as np
import math

x = np.arange(5, dtype=np.float32)
print(x * math.pi, (x * math.pi).dtype)
y = np.arange(4)
print(y / math.sqrt(2), y * math.floor(2.5), (y * math.floor(2.5)).dtype)
s = math.sqrt(y.sum())
print(s, repr(s), np.sqrt(y.sum()), repr(np.sqrt(y.sum())))
