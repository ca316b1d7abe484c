# Many float32 normals: the ziggurat's tail and rejection branches, summed in float32.
import numpy as np

rng = np.random.default_rng(77)
z = rng.standard_normal(100000, dtype=np.float32)
print(z.sum(), z.min(), z.max())
print((z > 3.0).sum(), (z < -3.0).sum())
print(z[-4:])
