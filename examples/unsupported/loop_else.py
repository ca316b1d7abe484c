# expect-error: 11:5: unsupported: else clauses on loops
# An else clause on a for loop.
import numpy as np

x = np.array([4, 8, 15, 16])
for i in range(4):
    if x[i] % 2 == 1:
        print("odd at", i)
        break
else:
    print("all even")
