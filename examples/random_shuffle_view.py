# Shuffling a strided view moves only the view's elements of the base.
import numpy as np

np.random.seed(5)
x = np.arange(12)
np.random.shuffle(x[::2])
print(x)
m = np.arange(20).reshape(4, 5)
np.random.shuffle(m[1])
np.random.shuffle(m[:, 3])
print(m)
for i in range(3):
    y = np.arange(6) * 10
    np.random.shuffle(y)
    print(i, y)
