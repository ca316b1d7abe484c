# A Generator has no method foo.
import numpy as np

rng = np.random.default_rng(0)
x = rng.random(2)
print(rng.foo(3))
