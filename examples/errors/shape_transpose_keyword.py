# The transpose method takes its axes positionally only.
import numpy as np

x = np.zeros((2, 3))
y = x.transpose(axes=(1, 0))
