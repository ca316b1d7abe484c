import numpy as np

x = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan], [7.0, 0.5, 2.0]])
print(x.max(axis=0))
print(x.min(axis=1))
print(np.amax(x, axis=1, keepdims=True))
print(x.argmax(axis=0), x.argmin(axis=1))
print(repr(x.max()), x.argmax())
f = x.astype(np.float32)
print(f.max(axis=0), f.min(axis=0))
