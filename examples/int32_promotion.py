# NEP 50 promotion of int32 with every dtype, NumPy scalars and (weak) Python scalars.
import numpy as np
a = np.array([1, -2, 3], dtype=np.int32)
i64 = np.array([10, 20, 30])
f32 = np.array([0.5, 1.5, 2.5], dtype=np.float32)
f64 = np.array([0.25, 0.5, 0.75])
bo = np.array([True, False, True])
r = a + a
print(r.dtype, r)
r = a + i64
print(r.dtype, r)
r = a + f32
print(r.dtype, r)
r = a + f64
print(r.dtype, r)
r = a + bo
print(r.dtype, r)
r = bo * a
print(r.dtype, r)
r = a + 1
print(r.dtype, r)
r = a * 2
print(r.dtype, r)
r = a - True
print(r.dtype, r)
r = a + 1.5
print(r.dtype, r)
r = a * 0.5
print(r.dtype, r)
r = a / a
print(r.dtype, r)
r = a / 2
print(r.dtype, r)
r = a // 2
print(r.dtype, r)
r = a ** 2
print(r.dtype, r)
r = a + np.int32(1)
print(r.dtype, r)
r = a + np.int64(1)
print(r.dtype, r)
r = a + np.float32(1)
print(r.dtype, r)
r = a + np.float64(1)
print(r.dtype, r)
r = a + np.bool_(True)
print(r.dtype, r)
print((a < 2).dtype, a < 2, a == i64 // 10, a >= f32, a != 1.0)
print(np.where(a > 0, a, i64).dtype, np.where(a > 0, a, 0).dtype, np.where(bo, a, f32).dtype)
print(np.concatenate([a, a]).dtype, np.concatenate([a, i64]).dtype, np.concatenate([a, f32]).dtype)
print(np.maximum(a, f32).dtype, np.minimum(a, 2).dtype, np.exp(a).dtype, np.sqrt(a).dtype)
s = np.int32(7)
print(repr(s + 1))
print(repr(s * s))
print(repr(s + np.int64(2)))
print(repr(s * 1.5))
print(repr(s / 2))
print(repr(s + np.float32(0.5)))
print(repr(s // 2))
print(repr(-s))
print(a @ a, repr(a @ a), (a.reshape(3, 1) @ a.reshape(1, 3)).dtype)
print(a < 3000000000, a >= -3000000000, a + 2147483647, np.int32(4) > 2**40)
print(np.clip(a, 0, 3000000000), np.clip(a, -3000000000, 2), np.where(a > 2, a, 3000000000))
