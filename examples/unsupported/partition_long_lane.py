# expect-error: 6:7: unsupported: np.partition with one kth along an axis of more than 64 elements (NumPy's AVX2 quickselect leaves the other elements in an order arrc does not reproduce; a list of two or more kth values is supported)
import numpy as np

rng = np.random.default_rng(seed=1)
x = rng.integers(0, 1000, 100)
print(np.partition(x, 10))
