# trace(outer(a, b)) equals inner(a, b), and outer(a, b) @ c equals a * inner(b, c).
import numpy as np

a = np.array([1, -2, 3])
b = np.array([4, 0, 2])
c = np.array([1, 1, -1])
print(np.trace(np.outer(a, b)), np.inner(a, b))
print(np.outer(a, b) @ c, a * np.inner(b, c))
print(np.linalg.norm(np.outer(a, b)), np.linalg.norm(a) * np.linalg.norm(b))
