# integers(..., dtype=np.uint8) checks its bounds against the dtype.
import numpy as np
rng = np.random.default_rng(1)
print(rng.integers(0, 256, size=3, dtype=np.uint8))
print(rng.integers(0, 257, size=3, dtype=np.uint8))
