# NumPy scalars in f-strings format like the Python scalar they convert to.
import numpy as np

a = np.array([0.1, 0.2, 0.7])
f32 = np.array([0.1, 2.5], dtype=np.float32)
i = np.array([3, -7, 12])
s = a.sum()
print(f"{s} {s:.3f} {s:10.2e} {s!r}")
print(f"{f32[0]} {f32[0]!s} {f32[0]!r} {f32[0]:.4f} {f32[1]:g}")
print(f"{i[1]} {i[1]:+05d} {i.sum():x} {i.max():,} {i[2]!r}")
b = a.max() > 0.5
print(f"{b} {b!r} {b:>6} {b:d}")
print(f"{np.float32(0.1)} {np.float64(0.1)} {np.int64(5)} {np.float32(1e10)}")
print(f"{a.mean():.6f} {a[2] * 3:.17g} {np.float32(1/3):.9f}")
