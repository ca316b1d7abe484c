# The float ufuncs differ from NumPy's SIMD versions (SVML for float64 on AVX-512, NumPy's own
# float32 sin/cos) in the last bit for some inputs: arrc calls glibc.
import numpy as np
print(repr(np.log1p(2.0)))
f = np.array([1.0, 2.0], dtype=np.float32)
print(np.sin(f), np.tanh(f))
