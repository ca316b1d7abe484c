import numpy as np
L = list(np.arange(4) * 0.5)
print(sum(L))
