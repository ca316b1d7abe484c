# np.exp differs from NumPy's (SIMD, AVX512F on the test machine) in the last bit for ~5% of inputs.
import numpy as np
v = np.array([-1.894200322547698, 0.5628096775111064, -1.4331942518346377])
e = np.exp(v)
print(repr(e[0]), repr(e[1]), repr(e[2]))
print(repr(np.exp(0.0025)))
