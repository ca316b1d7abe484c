# transpose needs one axis per dimension.
import numpy as np

x = np.arange(6).reshape(2, 3)
print(x.transpose(0))
