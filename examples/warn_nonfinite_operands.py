# Operations on data already holding NaN and inf warn only where the hardware raises a flag:
# NaN in, NaN out is silent; inf +-*/ a finite number is silent; inf - inf, 0 * inf and
# inf / inf are invalid; a finite number / 0 divides by zero; finite * finite may overflow.
import numpy as np

a = np.array([np.nan, 1.0, np.inf, -np.inf, 2.0, 0.0])
b = np.array([3.0, np.nan, 2.0, 5.0, np.inf, 4.0])
print(a + b)
print(a * 0.5 + b)
print(a / 2.0)
print(np.sqrt(a))
c = np.array([np.inf, 1.0, 2.0])
print(c - c)
d = np.array([0.0, 1.0, 2.0])
print(c * d)
print(c / c)
print(d / np.array([1.0, 0.0, 4.0]))
print(np.array([1e308, 2.0]) * 10.0)
e = np.array([np.nan, np.inf], dtype=np.float32)
print(e * np.float32(3) + np.float32(1))
print(np.array([np.float32(3e38), np.float32(1)]) * np.float32(10))
acc = np.zeros(6)
for i in range(50):
    acc = acc * 0.5 + a
print(acc)
print(np.log(np.array([np.nan, np.inf, 0.0, -1.0])))
