# np.arange with a step of 0.
import numpy as np

step = 0
x = np.arange(0, 10, step)
print(x)
