import numpy as np

x = np.array([0.5, 1.5])
print(np.digitize(x, np.array([0.0, 1.0])))
print(np.digitize(x, np.array([0.0, 2.0, 1.0])))
