# Only one dimension may be -1.
import numpy as np

x = np.arange(12).reshape(3, 4)
y = x.reshape(-1, -1)
print(y)
