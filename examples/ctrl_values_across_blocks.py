# Values that live across loops, branches and breaks next to many short-lived ones: each
# statement's temporaries share machine variables once dead, which must never mix values.
import numpy as np

a = np.arange(10.0)
t = a[3] * 2 + 1
s = 0.0
for i in range(5):
    u = a[i] + t
    if u > 9.5:
        w = u * 2
        s = s + w
    else:
        s = s - u
    if i == 3:
        break
    v = a[i + 1] - t
    s = s + v
print(s, t)
k = 0
n = 7
while n != 1:
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
    k = k + 1
print(k, n)
x = np.ones(3)
print(x)
x = np.ones(4) * t
print(x)
y = x[1] + a[9]
x = np.zeros((2, 2))
z = y * 2
print(x, y, z)
for j in range(3):
    q = a[j] * 10
    for m in range(2):
        q = q + a[m]
    print(j, q)
r = a[2] + 1
c = r > 2
print(r, c)
