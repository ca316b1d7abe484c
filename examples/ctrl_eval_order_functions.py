# Evaluation order inside functions, recursive calls with keywords out of order, tuple
# targets, chained subscripts and loop conditions: each part evaluated once, in order.
import numpy as np
def f(name, v):
    print("f", name)
    return v
def fact(n, acc=1):
    if n <= 1:
        return acc
    return fact(n - 1, acc=acc * n)
print(fact(acc=f("acc", 2), n=f("n", 4)))
x = np.zeros(4)
y = np.zeros(4)
x[f("xi", 0)], y[f("yi", 1)] = f("v1", 1.0), f("v2", 2.0)
print(x, y)
def bump(a, i):
    a[f("inner", i)] += 1.0
    return a.sum()
print(bump(x, 2), x)
np.random.seed(3)
m = np.zeros((3, 3))
for _ in range(20):
    m[np.random.randint(0, 3)][np.random.randint(0, 3)] += 1
print(m, m.sum())
k = 0
while 0 <= f("w", k) < 2:
    k += 1
print(k)
rng = np.random.default_rng(1)
print(rng.normal(size=3).reshape(3, 1).shape, rng.random())
v = np.arange(6.0)
