# expect-error: 6:7: unsupported: np.average with weights= or returned=
# A weighted average (NumPy raises ZeroDivisionError when the weights sum to zero).
import numpy as np

x = np.array([1.0, 2.0, 4.0])
print(np.average(x, weights=np.array([1.0, 0.0, 3.0])))
