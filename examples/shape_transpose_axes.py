# transpose with axes, in every call form: x.transpose(0, 2, 1), x.transpose((0, 2, 1)),
# np.transpose(x, axes); negative axes count from the end.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
y = x.transpose(0, 2, 1)
print(y.shape)
print(y)
print(x.transpose((1, 2, 0)).shape, x.transpose([2, 0, 1]).shape)
print(np.transpose(x, (2, 0, 1))[1])
print(np.transpose(x).shape, np.transpose(x, axes=(-1, -3, -2)).shape)
print(x.transpose(None).shape, x.transpose(0, 1, 2)[1, 2])
m = np.arange(6).reshape(2, 3)
print(m.transpose(1, 0), m.transpose((0, 1)))
print(x.transpose(2, 1, 0).sum(), (x.transpose(1, 0, 2) * 2)[2])
