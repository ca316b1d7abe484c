# concatenate needs arrays of the same rank.
import numpy as np

m = np.zeros((2, 3))
v = np.ones(3)
print(np.concatenate((m, v), axis=0))
