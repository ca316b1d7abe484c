import numpy as np
x = np.array([[], []], dtype=int)
if np.std(x) > 8:
    pass
y += y
