import numpy as np

a = np.array(1.0)
a += np.arange(3)
print(a)
