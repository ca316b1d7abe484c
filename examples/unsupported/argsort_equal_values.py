# expect-error: 5:7: unsupported: np.argsort of equal values (their order under NumPy's default quicksort depends on its SIMD kernel; kind='stable' is supported)
import numpy as np

x = np.array([3, 1, 3, 2])
print(np.argsort(x))
