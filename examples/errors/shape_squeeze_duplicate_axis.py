# squeeze with the same axis twice.
import numpy as np

x = np.zeros((1, 3, 1))
y = x.squeeze((0, -3))
