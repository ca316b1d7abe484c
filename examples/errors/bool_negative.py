# Nor a unary minus.
import numpy as np

a = np.arange(4) > 1
print(-a)
