# A function using @ is specialised per argument shape: matrices, stacks and vectors.
import numpy as np


def apply(m, x):
    y = m @ x
    return y, np.linalg.norm(y)


r = np.array([[0, -1], [1, 0]])
y, n = apply(r, np.array([3, 4]))
print(y, n)
stack = np.arange(8).reshape(2, 2, 2)
y, n = apply(stack, r)
print(y)
print(n)
y, n = apply(np.ones((3, 2)), np.array([[1.0], [-1.0]]))
print(y.shape, n)
