import numpy as np

scale = 3.0
w = np.array([1.0, 2.0, 3.0])

def apply(x):
    # reads the module's `scale` and `w` as they are at the call
    return x * w * scale

def shadow(x):
    scale = 10      # a local: the module's `scale` is untouched
    return x * scale

def bump(x):
    x += 1          # in place: the caller's array changes
    return None

print(apply(np.ones(3)))
scale = 0.5
print(apply(np.ones(3)))
print(shadow(2), scale)
y = np.zeros(3, dtype=np.int64)
bump(y)
bump(y)
print(y)
print(bump(y), y)

def count_positive(x):
    n = 0
    for v in range(x.shape[0]):
        if x[v] > 0:
            n = n + 1
    return n

def uses_other(x):
    return count_positive(x) + count_positive(-x)

print(uses_other(np.array([1, -2, 3, 0, -5])))
