# NumPy's elementwise results keep their inputs' memory order (order='K'): x.T + 1 is F-ordered,
# so reshape copies it (writes through z do not reach y) and sums run in memory order.
import numpy as np
x = np.zeros((2, 3))
y = x.T + 1
z = y.reshape(6)
z[0] = 5
print(y)
f = np.arange(8).reshape(2, 2, 2) / 10
print(repr((f.transpose() * 1.0).sum()))
