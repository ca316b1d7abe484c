import numpy as np

def f1(v, lim=10.0):
    acc = 0.0
    if v[0] > lim:
        acc += v[0]
    return acc * lim

print(repr(f1(np.array([1.0, 2.0]))), repr(f1(np.array([11.0]))))
y = np.arange(8).reshape(4, 2)
m = y.shape[-1]
if y[0, 0] > m:
    m = y[0, 0]
m -= 1
print(repr(m))
total = 0.0
for k in range(0):
    total += y[k, 0]
print(repr(total + 1), repr(total * 2.5), repr(total > -1))
