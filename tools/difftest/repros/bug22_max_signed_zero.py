# max() of a float array holding both -0.0 and 0.0 as its maximum: NumPy's SIMD reduction
# (AVX-512 here) returns -0.0 for this one, arrc returns 0.0 (the later zero); with 8 or fewer
# elements they agree. Which zero NumPy returns depends on the lanes (and the CPU).
import numpy as np
z = -np.arange(9.0)
z[1] = 0.0
print(repr(z.max()))
