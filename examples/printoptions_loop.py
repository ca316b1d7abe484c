# Print options set at run time inside a loop affect the prints after them.
import numpy as np

a = np.array([np.pi, np.e, 1 / 7])
for p in range(1, 5):
    np.set_printoptions(precision=p)
    print(p, a, a.sum())
np.set_printoptions(precision=8)
print(a)
