import numpy as np

x = np.arange(5.0)
total = 0.0
for i in range(5):
    total += x[i]
print(total, repr(total))

# the loop may not run: total stays a Python float
empty = 0.0
for i in range(0):
    empty += x[i]
print(repr(empty))

# printed inside the loop: a float first, then numpy.float64
acc = 1.0
for i in range(3):
    print(repr(acc))
    acc = acc * x[i + 1]
print(repr(acc))

n = 0
v = np.array([3, 1, 4, 1, 5])
for i in range(5):
    if v[i] > 2:
        n += v[i]
print(n, repr(n))

flag = False
for i in range(5):
    flag = v[i] == 4
    if flag:
        break
print(repr(flag))

best = 0.0
k = 0
while k < 4:
    if x[k] > best:
        best = x[k]
    k += 1
print(repr(best), best * 2)
