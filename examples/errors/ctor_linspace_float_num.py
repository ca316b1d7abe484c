# num must be an integer.
import numpy as np

x = np.linspace(0, 1, 5.0)
