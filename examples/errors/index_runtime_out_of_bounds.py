# A run-time index goes out of bounds after some output (which is still printed).
import numpy as np

x = np.arange(5) * 10
i = 0
while i < 10:
    print(i, x[i])
    i = i + 2
print("unreachable")
