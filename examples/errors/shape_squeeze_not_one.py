# Only length-1 axes can be squeezed out.
import numpy as np

x = np.zeros((1, 3))
print(x.squeeze(1))
