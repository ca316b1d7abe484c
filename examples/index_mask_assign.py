import numpy as np

x = np.arange(10)
x[x > 5] = 0
print(x)
y = np.linspace(-1.0, 1.0, 9)
y[y < 0] = -0.5
print(y)
m = np.arange(12).reshape(3, 4)
m[m % 3 == 0] = -1
print(m)
z = np.arange(6, dtype=np.float32)
z[z >= 2] = 2.5
print(z)
k = np.arange(5)
k[k < 3] = 7.9           # the value is cast to int64 first, as NumPy does
print(k)
b = np.zeros(4, dtype=bool)
b[np.array([True, False, True, False])] = True
print(b)
w = np.ones((2, 3))
w[w > 0] = np.float64(3.25)
print(w)
v = np.arange(8)
mask = (v % 2 == 0) & (v > 2)
v[mask] = 100
print(v)
