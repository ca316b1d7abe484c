# if/elif/else on scalars, NumPy scalars and reductions.
import numpy as np

x = np.array([3, -1, 4, -1, 5])
for i in range(5):
    if x[i] > 3:
        print(i, "big")
    elif x[i] > 0:
        print(i, "small")
    elif x[i] == 0:
        print(i, "zero")
    else:
        print(i, "negative")

if x.sum() == 10:
    print("sum is 10")
if x.mean() > 3:
    print("mean > 3")
else:
    print("mean <= 3")
t = 2.5
if t:
    print("nonzero float is true")
if x.min() < 0:
    print("has negatives")
