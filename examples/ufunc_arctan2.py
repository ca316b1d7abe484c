# np.arctan2(y, x): the angle of (x, y) in every quadrant, signed zeros and infinities.
import numpy as np

y = np.array([1.0, 1.0, -1.0, -1.0, 0.0, -0.0, 0.0, -0.0])
x = np.array([1.0, -1.0, -1.0, 1.0, 1.0, 1.0, -1.0, -1.0])
print(np.arctan2(y, x))
print(np.arctan2(np.array([np.inf, np.inf, -np.inf]), np.array([np.inf, -np.inf, 1.0])))
print(np.arctan2(np.array([[1], [2]]), np.array([1, 2, 3])))
print(np.arctan2(1, 1))
print(np.arctan2(np.array([3, 4]), 0))
