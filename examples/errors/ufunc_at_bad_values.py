import numpy as np

z = np.zeros(10)
np.add.at(z, [1, 2], np.ones(3))
print(z)
