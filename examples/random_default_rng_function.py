# A Generator passed to and returned from functions, aliased, and rebound in branches.
import numpy as np


def draw(g, n):
    return g.integers(0, 100, size=n)


def make(seed):
    return np.random.default_rng(seed)


np.random.seed(9)
rng = make(4)
print(draw(rng, 3))
print(draw(rng, 2))
alias = rng
print(alias.random(2), rng.random(2))
if rng.random() > 0.5:
    rng = np.random.default_rng(1)
else:
    rng = np.random.default_rng(2)
print(rng.uniform(0, 1, 2))
t = (rng, 3)
print(np.random.randint(0, 5, size=(2,)) + np.random.randint(0, 5, size=2))
print(np.random.uniform(0, 1, 3) * rng.standard_normal(3))
