# += of a float into an int64 array is not a safe cast either.
import numpy as np

counts = np.zeros_like(np.arange(4))
counts += 0.5
print(counts)
