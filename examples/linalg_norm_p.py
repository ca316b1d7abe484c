# Other vector orders p: sum(abs(x) ** p) ** (1 / p); ord=-1 and 0.5 too.
import numpy as np

v = np.array([3.0, 0.0, -3.0, 3.0])
print(np.linalg.norm(v, 3))
print(np.linalg.norm(np.array([1.0, 2.0, 4.0]), 0.5))
print(np.linalg.norm(np.array([2.0, 2.0]), -1))
print(np.linalg.norm(np.array([[1.0, 8.0], [0.0, 8.0]]), ord=3, axis=1))
print(np.linalg.norm(np.array([4.0, 4.0, 4.0, 4.0], dtype=np.float32), 4))
