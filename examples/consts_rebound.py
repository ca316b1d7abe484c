# A name bound twice to the same constant is still a constant (usable as a shape), and
# np.dot takes a list operand.
import numpy as np

np.random.seed(0)
w, h = 4, 3
I = np.random.randint(0, 4, (h, w, 3))
print(I.shape, I.sum())

w, h = 4, 3
J = np.random.randint(0, 4, (h, w, 3), dtype=np.uint8)
J24 = np.dot(J.astype(np.uint32), [1, 256, 65536])
print(J24)
print(np.dot([1.5, 2.0], np.arange(2.0)))
n = 5
print(np.zeros(n).shape)
n = 5
print(np.ones((n, 2)).sum())
print(tuple([1, 2, 3]), tuple(np.arange(3)), tuple((4, 5)), tuple())
