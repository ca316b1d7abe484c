# reshape must keep the number of elements.
import numpy as np

x = np.arange(12)
m = x.reshape(5, 3)
print(m)
