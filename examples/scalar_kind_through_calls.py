import numpy as np

def ident(v):
    return v

def show(v):
    print(repr(v))

v = np.array([7.0])
acc = 1.0
if v[0] <= 5:
    acc += v[0]
print((acc,), (acc, 2))
show(acc)
r = ident(acc)
print(repr(r), repr(ident(acc)))
b = acc
print(repr(b))
for k in range(2):
    acc = acc + v[0]
print((acc,))
show(acc)
x = np.arange(3)
x[[2, 1]] += 5
print(x)
y = np.zeros((3, 4))
y[:, [1, 0]] = np.ones((1, 3, 2))
print(y)
