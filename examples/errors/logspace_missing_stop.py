# np.logspace needs start and stop.
import numpy as np

print(np.logspace(1))
