# A leading -1 is left out of the shape that NumPy's message shows.
import numpy as np

x = np.arange(12)
m = x.reshape(-1, 5)
print(m)
