# An array with a format spec: ndarray.__format__ only accepts an empty spec.
import numpy as np

a = np.arange(3)
print(f"{a:>10}")
