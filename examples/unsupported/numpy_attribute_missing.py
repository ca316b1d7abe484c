# expect-error: 3:5: unsupported: numpy attribute 'np.r_'
import numpy as np
x = np.r_[1:4, 0, 4]
print(x)
