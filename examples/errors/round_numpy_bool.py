import numpy as np
b = np.bool_(True)
print(round(b, 1))
