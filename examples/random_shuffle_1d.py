# np.random.shuffle shuffles a 1-D array in place, for any dtype.
import numpy as np

np.random.seed(1)
x = np.arange(10)
np.random.shuffle(x)
print(x)
f = np.linspace(0.0, 1.0, 7)
np.random.shuffle(f)
print(f)
b = np.array([True, False, False, True, True])
np.random.shuffle(b)
print(b)
one = np.array([5])
np.random.shuffle(one)
print(one)
print(np.random.randint(10, size=3))
