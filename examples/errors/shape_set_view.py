import numpy as np

a = np.arange(6).reshape(2, 3)
t = a.T
print(t.shape)
t.shape = 6
