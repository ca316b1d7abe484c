# linspace of scalars has only axis 0 (or -1).
import numpy as np

x = np.linspace(1, 2, 5, axis=1)
