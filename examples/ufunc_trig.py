# np.sin, np.cos, np.tan on a grid of angles (float64), broadcast over rows.
import numpy as np

t = np.arange(8) * (np.pi / 4)
print(np.sin(t))
print(np.cos(t))
print(np.tan(np.array([0.0, 0.5, 1.0, -1.0])))
m = np.arange(6).reshape(2, 3) + np.array([[0.0], [0.5]])
print(np.sin(m) ** 2 + np.cos(m) ** 2)
print(np.sin(np.array([-0.0, 0.0])))
