# A common pattern: a guarded division, fused with np.where in one kernel (NumPy computes both
# branches; the division by zero gives inf, which np.where discards).
import numpy as np

num = np.array([1.0, 2.0, 3.0, 4.0])
den = np.array([2.0, 0.0, 4.0, 0.0])
ratio = np.where(den != 0, num / den, 0.0)
print(ratio)
y = np.where(np.isfinite(num / den), num / den, -1.0)
print(y)
print(np.where(den > 0, np.log(den), np.nan))
