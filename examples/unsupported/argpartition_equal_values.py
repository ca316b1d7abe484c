# expect-error: 5:7: unsupported: np.argpartition with one kth of equal values (NumPy's AVX2 argselect orders them by its sorting network; a list of two or more kth values is supported)
import numpy as np

x = np.array([3, 1, 3, 2])
print(np.argpartition(x, 1))
