# var's and std's warnings, in NumPy's _var order: `Degrees of freedom <= 0 for slice` (filed
# under _var's caller: the script's line for x.var(), fromnumeric.py's for np.var, _std's for
# std), then each step's floating-point warnings (the mean's reduce and divide, subtract,
# square, the squares' reduce, the divide by the degrees of freedom), each filed under its
# line of _methods.py; the divide of a scalar result and of an array are different lines.
import numpy as np
a = np.array([1e200, -1e200, 3.0])
b = np.array([np.inf, 1.0])
c = np.array([1e308, 1e308])
one = np.array([1.0])
two = np.array([1.0, 2.0])
e = np.array([])
m = np.array([[1e200, 1.0], [-1e200, 2.0]])
f = np.array([3e30, -3e30], dtype=np.float32)
print(a.var())
print(np.var(a))
print(a.std())
print(b.var())
print(c.std())
print(one.std(ddof=1))
print(two.std(ddof=3))
print(np.var(one, ddof=1))
print(one.var(ddof=1))
print(e.var())
print(np.std(e))
print(m.var(axis=0))
print(np.std(m, axis=1))
print(f.std())
print(np.array([3e20, -3e20], dtype=np.float32).var(axis=0))
print(np.array([1, 2, 4]).var(ddof=5))
print(np.var(np.zeros((0, 2)), axis=0))
print(np.array([[1.0, 2.0]]).var(axis=0, ddof=1))
for i in range(2):
    print(two.var(ddof=2), a.std(axis=0))
print(np.array([np.nan, 1.0]).var())
