# A chained comparison evaluates each operand at most once, left to right, and stops at the
# first comparison that fails.
import numpy as np


def f(name, v):
    print("called", name)
    return v


print(0 < f("mid", 1) < 2)
print(0 < f("mid", 5) < 2)
print(f("a", 3) < f("b", 1) < f("c", 2))
print(f("a", 0) < f("b", 1) < f("c", 2) <= f("d", 2))
print(1 == f("x", 1.0) != f("y", 2))

np.random.seed(1)
inside = 0
for _ in range(10000):
    if 0.25 < np.random.rand() < 0.75:
        inside += 1
print(inside, np.random.rand())

x = np.array([3.0, -1.0, 0.5, 7.0])
n = 0
for i in range(4):
    if -1.0 < x[i] * f("scale", 2.0) <= 6.0:
        n += 1
print(n)
