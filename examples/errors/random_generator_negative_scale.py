# Generator.normal rejects a negative scale, even one computed at run time.
import numpy as np

rng = np.random.default_rng(2)
s = 1.0
for i in range(3):
    print(rng.normal(0.0, s, size=2))
    s = s - 0.75
