# expect-error: 5:1: unsupported: np.sort of both 0.0 and -0.0 (their order under NumPy's default quicksort depends on its SIMD kernel; kind='stable' is supported)
import numpy as np

x = np.array([0.0, 1.0, -0.0])
x.sort()
print(x)
