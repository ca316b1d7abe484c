import numpy as np

x = np.array([1.0, 2.0, 3.0])
edges = np.array([0.0, 2.0, 1.0])
print(np.histogram(x, bins=edges))
