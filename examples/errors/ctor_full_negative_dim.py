# Shapes cannot have negative dimensions.
import numpy as np

x = np.full((2, -1), 1)
