# A chained comparison on an array: `0 < x < 5` needs the truth value of `0 < x`.
import numpy as np

x = np.array([-1, 2, 7, 4])
inside = 0 < x < 5
print(inside)
