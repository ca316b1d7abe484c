# A draw (or a call that prints) is evaluated even where only its type is used or its value
# is discarded, so later draws see the same stream as NumPy's.
import numpy as np


def noisy(n):
    print("noisy", n)
    return np.ones(n)


np.random.seed(2)
print(np.random.normal(5.0, 0.5, size=(3,)).shape)
print(np.random.rand(2))
print(np.random.rand(3).dtype)
print(np.random.rand(2))
print(np.random.rand(3, 2).ndim, np.random.rand(4).size)
print(np.random.rand(2))
print(len(np.random.rand(5)), len(noisy(2)))
print(np.random.rand(2))
np.random.rand(3)
print(np.random.rand(2))
_ = np.random.rand(3)
print(np.random.rand(2))
unused = np.random.randint(0, 10, size=4)
print(np.random.rand(2))
np.random.randint(0, 5)
print(np.random.rand(2))
print(np.zeros_like(np.random.rand(3)), np.ones_like(noisy(3)))
print(np.random.rand(2))
print((np.random.rand(), np.random.rand())[1])
print(np.random.rand(2))
print(noisy(4).shape, noisy(5).T.shape)
rng = np.random.default_rng(3)
print(rng.normal(size=(2, 2)).shape, rng.random())
