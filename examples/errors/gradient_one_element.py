# np.gradient needs at least two elements (edge_order + 1).
import numpy as np

g = np.array([4.0])
print(np.gradient(g))
