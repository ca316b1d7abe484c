# float32 arrays stay float32 through the float functions; Python scalars do not promote them.
import numpy as np

f = np.array([0.0, 1.0, 4.0, 0.25], dtype=np.float32)
print(np.log2(f))
print(np.log(f).dtype)
print(np.sqrt(f))
print(np.floor(f * 1.5))
print(np.ceil(f * 1.5))
print(np.sign(f - 1))
print(np.maximum(f, 0.5))
print(np.clip(f, 0.5, 2))
print(np.round(f * 1.25, 1))
print(np.arctan2(f, 1.0).dtype)
print(np.sin(np.array([0.0, -0.0], dtype=np.float32)))
print(np.where(f > 1, f, 2.5))
print(np.isnan(f / 0))
