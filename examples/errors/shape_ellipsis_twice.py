# Only one ellipsis per index.
import numpy as np

x = np.zeros((2, 3, 4))
print(x[..., 0, ...])
