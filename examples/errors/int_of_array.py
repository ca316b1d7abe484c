# int() of an array of more than one element.
import numpy as np

x = np.arange(3)
print(int(x))
