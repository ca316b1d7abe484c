# np.diff with a negative order.
import numpy as np

print(np.diff(np.arange(4), n=-1))
