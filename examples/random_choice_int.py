# np.random.choice of an int range (with replacement) and its scalar form.
import numpy as np

np.random.seed(99)
print(np.random.choice(5, size=10))
print(np.random.choice(100, (2, 5)))
c = np.random.choice(3)
print(c, repr(c))
print(np.random.choice(1, size=3))
print(np.random.choice(10, size=4, replace=True))
print(np.random.choice(0, size=0))
print(np.random.choice(2**33, size=3))
