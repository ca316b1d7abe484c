# Every legacy sampler draws from one stream, in call order; the Gaussian cache survives
# integer and uniform draws.
import numpy as np

np.random.seed(31415)
print(np.random.normal(0.0, 1.0, size=3))
print(np.random.randint(0, 10, size=4))
print(np.random.randn())
print(np.random.uniform(0.0, 1.0, size=2))
print(np.random.choice(7, size=3))
print(np.random.standard_normal(3))
x = np.arange(8)
np.random.shuffle(x)
print(x)
print(np.random.rand(2))
print(np.random.randint(0, 2**40))
print(np.random.standard_normal())
