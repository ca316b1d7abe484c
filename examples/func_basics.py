import numpy as np

def square(v):
    return v * v

def affine(x, a=2.0, b=1):
    y = a * x + b
    return y

def stats(x):
    return x.sum(), x.max(), x.min()

def clamp_count(x, limit):
    n = 0
    for i in range(x.shape[0]):
        if x[i] > limit:
            n += 1
    return n

def first_over(x, limit):
    for i in range(x.shape[0]):
        if x[i] > limit:
            return i
    return -1

def fill(x, v):
    x[:] = v

print(square(np.arange(3)))
print(square(np.arange(6).reshape(2, 3)))
print(square(3), square(2.5))
print(affine(np.ones(4)))
print(affine(np.ones((2, 2)), b=5))
print(affine(3, 0.5))
s, mx, mn = stats(np.arange(10.0))
print(s, mx, mn)
print(stats(np.arange(4)))
print(clamp_count(np.arange(10), 6))
print(first_over(np.arange(10), 6), first_over(np.arange(10), 60))
z = np.zeros(5)
fill(z, 7)
print(z)
total = 0
for k in range(3):
    total = total + square(k)
print(total)
print(affine(affine(1.0)))
