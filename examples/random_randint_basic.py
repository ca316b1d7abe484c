# np.random.randint: one bound, two bounds, shapes, and the scalar form (a Python int).
import numpy as np

np.random.seed(0)
print(np.random.randint(10, size=8))
print(np.random.randint(-3, 4, size=(3, 4)))
a = np.random.randint(100)
print(a, repr(a))
print(np.random.randint(5, 6, size=3))
print(np.random.randint(1, 7, 10))
print(np.random.randint(0, 2, size=(2, 2, 3)))
