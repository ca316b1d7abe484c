# `and` / `or` as values return one of their operands (Python semantics); `not` gives a bool.
import numpy as np

x = np.array([0.0, 2.5, -1.0])
a = x[0]
b = x[1]
print(a or b, a and b, b and x[2], repr(a or b), repr(b and x[2]))
count = 0
fallback = 10
n = count or fallback
print(n, count and fallback)
scale = 0.0
print(scale or 1.0, 3.0 and scale, x / (scale or 1.0))
print(not a, not b, repr(not a))
t = True
f = False
print(t and f, t or f, not t, f or not f)
