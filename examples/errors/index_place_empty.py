import numpy as np

a = np.arange(5)
e = np.zeros(0, dtype=np.int64)
np.place(a, a > 10, e)
print(a)
np.place(a, a > 2, e)
