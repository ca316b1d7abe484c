import numpy as np


def f(n):
    a = np.ones(n)
    out = np.zeros(3)
    print(np.add(a, 1, out=out))


for n in range(3, 5):
    f(n)
