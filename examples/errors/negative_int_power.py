# Integer arrays cannot be raised to negative integer powers.
import numpy as np

x = np.arange(1, 5)
y = x ** -1
print(y)
