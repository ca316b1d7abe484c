# Every view shares its base: .T, transpose, x[None], expand_dims, squeeze, ravel.
import numpy as np

b = np.zeros((2, 3))
b.T[2, 1] = 1
b.transpose(1, 0)[0, 0] = 2
b[None][0, 1, 1] = 3
np.expand_dims(b, 0)[0, 0, 2] = 4
c = b[None, :, None]
c.squeeze()[1, 0] = 5
b.ravel()[4] = 6
print(b)
d = b[:, :1].squeeze()
d[1] = 7
print(b)
