# expect-error: 3:6: unsupported: numpy function 'np.nditer'
import numpy as np
it = np.nditer(np.arange(3))
