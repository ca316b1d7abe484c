# full_like / zeros_like / ones_like keep the shape and (unless dtype= says otherwise) the dtype.
import numpy as np

i = np.arange(6).reshape(2, 3)
f = np.linspace(0, 1, 4)
print(np.full_like(i, 3.9))
print(np.full_like(i, 3.9, dtype=float))
print(np.full_like(f, 7))
print(np.full_like(f, 2, dtype=np.float32) / 3)
print(np.zeros_like(i), np.ones_like(f))
print(np.zeros_like(i, dtype=bool), np.ones_like(i, dtype="float32"))
print(np.full_like(i.T, -1).shape, np.full_like(i[:, ::2], True))
