# 12 elements do not fill shape (5,).
import numpy as np

x = np.arange(12).reshape(3, 4)
y = x.T.reshape(5)
