import numpy as np

# 0-d arrays: shape (), one element, printed like the scalar they hold.
a = np.array(0)
b = np.array(2.5)
z = np.zeros(())
print(a, b, z)
print(repr(a), repr(b), repr(z), repr(np.array(True)), repr(np.array(1e20)))
print(a.shape, a.ndim, a.size, b.dtype, z.dtype)

# Operations between 0-d arrays and scalars give NumPy scalars.
c = b * 2 + a
print(c, repr(c))
print(repr(a + 1), repr(b / 4), repr(-b), repr(np.sqrt(b)))

# 0-d with n-d broadcasts to the n-d shape.
v = np.arange(3) + b
print(v, v.shape)

# Reading the element, converting, in-place writes.
print(repr(b[()]), float(a), int(b), b.item())
w = np.array(1.5)
w[...] = 5
print(repr(w))
w += 1
print(repr(w))
n = np.array(7)
n *= 3
print(repr(n), n.dtype)
