# linspace computes in float64; dtype= converts at the end (integer dtypes floor first).
import numpy as np

print(np.linspace(-3.7, 2.2, 11, dtype=int))
print(np.linspace(0, 10, 5, dtype=np.int64))
print(np.linspace(-1.5, 1, 6, dtype=np.float32))
print(np.linspace(1, 2, num=4, endpoint=True, retstep=False, dtype="float32"))
print(np.linspace(0, 1, 5, dtype=bool))
print(np.linspace(0, 1, 5, dtype=None))
