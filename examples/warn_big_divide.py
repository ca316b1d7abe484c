# A division over 2^20 elements with zeros in the divisor: big enough for the GPU under
# --device auto, but NumPy's RuntimeWarning comes from the CPU loop, so it stays there.
import numpy as np

n = 2**20
a = np.arange(n, dtype=np.float64)
b = np.arange(n, dtype=np.float64) % 7
c = a / b
print(c[:8], np.isinf(c).sum())
