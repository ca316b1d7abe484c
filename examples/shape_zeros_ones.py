# np.zeros, np.ones and the *_like forms keep the shape (and dtype) asked for.
import numpy as np

print(np.zeros(3))
print(np.ones(4))
print(np.zeros((2, 3)))
print(np.ones((2, 1, 2)))
print(np.zeros((3,)), np.ones((1, 1)))
i = np.arange(4).reshape(2, 2)
print(np.zeros_like(i), np.zeros_like(i).dtype)
print(np.ones_like(i), np.ones_like(i).dtype)
f = np.arange(3) * 0.5
print(np.ones_like(f), np.zeros_like(f))
b = f > 0
print(np.ones_like(b), np.zeros_like(b))
print(repr(np.ones_like(i.T)), repr(np.zeros(2)))
print(np.zeros(3).dtype, np.ones((2, 2)).dtype)
