import numpy as np

print(np.fromfunction(lambda i: i, (2, 3)))
