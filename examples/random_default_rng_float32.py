# Generator.random and standard_normal with dtype=np.float32 draw 32-bit words (two per
# 64-bit output); without a size they give a Python float holding the float32 value.
import numpy as np

rng = np.random.default_rng(3)
x = rng.random(5, dtype=np.float32)
print(x, x.dtype)
print(rng.random(dtype=np.float32))
print(rng.random(3))
print(rng.random((2, 2), dtype=np.float32))
y = rng.random(3, dtype=np.float32)
print(y.sum(), y * 2)
print(rng.integers(0, 100, size=3))
print(rng.random(dtype=np.float32), rng.random(dtype=np.float32))
print(rng.integers(0, 100, size=3))
z = rng.standard_normal(6, dtype=np.float32)
print(z, z.dtype)
print(rng.standard_normal(dtype=np.float32))
print(rng.standard_normal((2, 3), dtype="float32"))
print(rng.standard_normal(2, dtype=np.float64))
