import numpy as np
y = np.array([[[1.5, 10.0], [1.5, 3.75], [0.0, 10.0]], [[0.1, 0.5], [-0.0, -0.0], [0.001, 100000.0]]])
z = np.arange(60).reshape((6, 5, 2))
z, y = (y, z)
print(z.T[::-1].min())
