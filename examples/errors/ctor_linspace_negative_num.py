# linspace needs a non-negative number of samples.
import numpy as np

x = np.linspace(0, 1, -1)
