# np.zeros of a run-time extent that is negative.
import numpy as np

for n in range(2, -2, -1):
    print(np.zeros(n))
