# @ needs arrays with at least one dimension on both sides.
import numpy as np

v = np.ones(3)
print(v @ 2.0)
