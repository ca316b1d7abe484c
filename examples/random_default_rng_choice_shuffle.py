# Generator.choice of an int range and Generator.shuffle of 1-D arrays.
import numpy as np

rng = np.random.default_rng(11)
print(rng.choice(6, size=8))
c = rng.choice(1000)
print(c, repr(c))
x = np.arange(10)
rng.shuffle(x)
print(x)
f = np.array([0.5, 1.5, 2.5, 3.5])
rng.shuffle(f)
print(f)
z = np.arange(9)
rng.shuffle(z[1::3])
print(z)
print(rng.random(2))
