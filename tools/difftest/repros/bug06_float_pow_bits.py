# float ** (exponents other than 0, 1, 2, 0.5, -1): NumPy uses its SIMD pow (AVX512F here),
# which is not correctly rounded; arrc's results differ in the last bit (amplified by % 3).
import numpy as np
x = np.ones(3) * 1.5
p = x ** np.array([34, 41, 45])
print(repr(p[0]), repr(p[1]))
q = x ** 41
print(repr(q[0]))
print((np.arange(48) * 1.5).reshape(4, 3, 4) ** np.arange(16).reshape(4, 1, 4) % 3)
