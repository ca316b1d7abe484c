import numpy as np
np.random.seed(49)
t1 = len(np.random.normal(5.0, 0.5, size=4))
print(np.random.rand())
