# and / or / not, chained comparisons and conditional expressions on scalars.
import numpy as np

x = np.arange(10) * 3 - 7
count = 0
for i in range(10):
    v = x[i]
    if 0 <= v < 10 or v == -7:
        count += 1
    if not (v > 0) and i % 2 == 0:
        print("non-positive at even index", i, v)
print("count:", count)
a = 5
b = 0
print(a and b, a or b, b or a, not a, not b)
print(1 < a <= 5, 1 < a < 5, a > b > -1)
s = "big" if a > 3 else "small"
print(s)
m = x.max() if x.sum() > 0 else x.min()
print(m, repr(m))
n = 0
while n < 100 and not n == 37:
    n = n + 1
print(n)
f = 0.0
print(f or 2.5, f and 2.5, bool(f), bool(2.5), bool(0), bool(-3))
