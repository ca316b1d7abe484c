# Normal samples come in pairs; the spare one is cached and used by the next normal call,
# even when uniform draws happen in between.
import numpy as np

np.random.seed(7)
a = np.random.normal(0, 1, size=3)
u = np.random.rand(2)
b = np.random.randn(1)
c = np.random.randn(3)
print(a)
print(u)
print(b)
print(c)
r = np.random.random(1)
d = np.random.normal(5, 2, size=1)
print(r, d)
np.random.seed(7)
e = np.random.randn(4)
print(e)
np.random.seed(7)
f = np.random.normal(0, 1, size=(1, 1))
g = np.random.randn(3)
print(f, g)
