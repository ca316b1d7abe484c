# Arrays of 3 or more dimensions: the default norm of all elements, or a norm along one axis.
import numpy as np

t = np.arange(24.0).reshape(2, 3, 4)
print(np.linalg.norm(t))
print(np.linalg.norm(np.ones((2, 2, 4))))
print(np.linalg.norm(t, axis=0))
print(np.linalg.norm(t, ord=1, axis=1))
print(np.linalg.norm(t, np.inf, axis=2))
print(np.linalg.norm(t, axis=-1, keepdims=True).shape)
