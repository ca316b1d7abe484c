# np.random.uniform: defaults, bounds, shapes, reversed bounds and the scalar form.
import numpy as np

np.random.seed(7)
print(np.random.uniform(size=4))
print(np.random.uniform(-2.0, 3.0, size=(2, 3)))
print(np.random.uniform(5, 1, 3))
u = np.random.uniform(10.0, 20.0)
print(u, repr(u))
print(np.random.uniform())
print(np.random.uniform(low=0.5, high=0.75, size=2))
print(np.random.uniform(1e-3, 1e3, size=(2, 2)))
