# A boolean index whose length differs from the array's axis.
import numpy as np

x = np.arange(6)
m = np.array([True, False, True])
print(x[x > 2])
print(x[m])
