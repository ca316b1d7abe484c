import numpy as np
x = np.linspace(0, 1, 3)
print(bin(x[1]))
