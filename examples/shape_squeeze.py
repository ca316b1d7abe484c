# squeeze removes length-1 axes (all of them, or the ones named); a view.
import numpy as np

q = np.zeros((1, 3, 1))
print(q.squeeze().shape, np.squeeze(q, axis=2).shape, q.squeeze((0, 2)).shape)
print(np.squeeze(q, -1).shape, q.squeeze(axis=0).shape)
qs = q.squeeze()
qs[1] = 5.0
print(q)
r = np.arange(6).reshape(2, 1, 3, 1)
print(r.squeeze(), np.squeeze(r, 1).shape)
s = r.squeeze(axis=3)
s[1, 0, 0] = 60
print(r[1])
print(np.arange(4).squeeze())
