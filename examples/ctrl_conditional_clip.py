# Clip values into [lo, hi] and classify signs with (nested) conditional expressions.
import numpy as np

x = np.array([-3.5, -0.25, 0.0, 0.75, 2.0, 5.5])
lo = -1.0
hi = 2.5
clipped = np.zeros_like(x)
signs = np.zeros(x.size, dtype=np.int64)
for i in range(x.size):
    v = float(x[i])
    clipped[i] = lo if v < lo else (hi if v > hi else v)
    signs[i] = 1 if v > 0 else -1 if v < 0 else 0
print(clipped)
print(signs, signs.sum())
label = "mostly positive" if (signs > 0).sum() > (signs < 0).sum() else "not mostly positive"
print(label)
scale = x.max() if x.max() > -x.min() else -x.min()
print("scale", scale, repr(scale))
print(x / scale)
print(abs(x).max() == scale, "even" if len(x) % 2 == 0 else "odd")
