# Re-seeding restarts the stream and drops any cached normal sample.
import numpy as np

np.random.seed(1)
a = np.random.randn(3)
np.random.seed(1)
b = np.random.randn(3)
print(a)
print(b)
print((a == b).min())

np.random.seed(1)
c = np.random.randn(1)
np.random.seed(1)
d = np.random.randn(1)
print(c, d)
for s in range(3):
    np.random.seed(s)
    print(s, np.random.rand(2), np.random.normal(0, 1, size=2))
np.random.seed(123456789)
print(np.random.random(3))
