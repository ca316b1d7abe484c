# A function returning (acc,) where acc is a Python float that a branch could have made an
# np.float64: the tuple result loses the run-time kind (arrc prints np.float64(0.0)).
import numpy as np
x = np.arange(3)
i = 0
def f1(v, lim):
    acc = 0.0
    if v[i] > lim:
        acc += v[i]
    return (acc,)
print(f1(x, lim=0.1))
