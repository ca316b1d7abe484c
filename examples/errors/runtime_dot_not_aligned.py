# np.dot of vectors whose lengths are known only at run time.
import numpy as np

x = np.arange(6.0)
for i in range(1, 6):
    print(np.dot(x[:i], x[i:2 * i]))
