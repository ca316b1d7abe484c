import numpy as np
x = np.linspace(1.5, 2.5, 2, dtype=int)
def g1(k):
    print(k)
    return k
x[g1(4) % 2] = g1(6)
