# Unary minus on arrays and scalars, including signed zeros.
import numpy as np

x = np.arange(5)
print(-x)
print((-x).dtype)

f = np.array([0.0, 1.5, -2.0])
print(-f)
print(-(-f))
print(--f)

a = 3
b = -a
print(b, -b, -(-2.5))
print(-0.0, -(0.0))
print(-np.zeros(3))
print(-x + 1)
print(-(x * 2) ** 2)
print(-x ** 2)
