# With an ord and no axis, np.linalg.norm takes only vectors and matrices.
import numpy as np

t = np.ones((2, 3, 4))
print(np.linalg.norm(t, np.inf))
