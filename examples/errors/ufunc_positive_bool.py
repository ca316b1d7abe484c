import numpy as np
m = np.array([True, False])
print(np.positive(m))
