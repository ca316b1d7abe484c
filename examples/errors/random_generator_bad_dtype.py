# Generator.standard_normal makes floats only.
import numpy as np

rng = np.random.default_rng(2)
x = rng.standard_normal(2, dtype=np.float64)
print(rng.standard_normal(2, dtype=np.int64))
