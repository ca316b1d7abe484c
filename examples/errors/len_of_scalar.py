# len() of a NumPy scalar.
import numpy as np

x = np.arange(3)
print(len(x.sum()))
