# An axis may appear only once in transpose.
import numpy as np

x = np.arange(24).reshape(2, 3, 4)
y = x.transpose((0, 1, 1))
