# Storing a value array that does not broadcast to the indexing result.
import numpy as np

m = np.zeros((3, 4))
m[[0, 1], [1, 2]] = np.array([1.0, 2.0, 3.0])
print(m)
