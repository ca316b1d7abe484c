# keepdims=True keeps the reduced axes as length 1, so the norm broadcasts back.
import numpy as np

m = np.array([[3.0, 4.0], [6.0, 8.0], [0.0, 2.0]])
r = np.linalg.norm(m, axis=1, keepdims=True)
print(r)
print(m / r)
print(np.linalg.norm(m, keepdims=True))
print(np.linalg.norm(m, 1, keepdims=True))
print(np.linalg.norm(np.array([3.0, 4.0]), keepdims=True))
print(np.linalg.norm(np.array([3.0, 4.0]), np.inf, keepdims=True))
print(np.linalg.norm(m, ord=1, axis=0, keepdims=True).shape)
