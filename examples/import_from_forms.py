import numpy as np
from numpy.random import default_rng
from numpy import zeros, float32, pi, linalg as la, random
from math import sqrt, floor as fl
import numpy.linalg as nla


def init(n):
    from numpy.random import default_rng
    rng = default_rng(42)
    return rng.random((n,), dtype=float32)


x = init(4)
print(x, x.dtype)
z = zeros((2, 3), dtype=float32)
print(z, pi, sqrt(2.0), fl(2.5))
print(la.norm(np.arange(3.0)), nla.norm(np.ones(4)))
random.seed(1)
print(random.rand(2))
