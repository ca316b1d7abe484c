import numpy as np

def split(x):
    half = x.shape[0] // 2
    return x[:half], x[half:]

def minmax(x):
    return x.min(), x.max()

def swap(a, b):
    return b, a

lo, hi = split(np.arange(10))
print(lo, hi)
lo[0] = 100          # a view of the argument: the caller's array changes too
x = np.arange(8)
left, right = split(x)
left[1] = -1
print(x)
print(minmax(np.array([3, -2, 7])))
p, q = swap(1, 2.5)
print(p, q)
u, v = swap(np.zeros(2), np.ones(3))
print(u, v)
t = minmax(np.linspace(0, 1, 5))
print(t[0], t[1])
