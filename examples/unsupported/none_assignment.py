# expect-error: 6:8: unsupported: assigning None to a variable
# A name bound to None as a "not yet found" marker.
import numpy as np

x = np.array([3, 9, 4])
best = None
for i in range(3):
    if x[i] > 5:
        best = i
print(best)
