# Index arrays of shapes that do not broadcast together.
import numpy as np

m = np.arange(12).reshape(3, 4)
print(m[[0, 1], [1, 2]])
print(m[[0, 1, 2], [3, 2]])
