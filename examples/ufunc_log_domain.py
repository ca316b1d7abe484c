# Logarithms outside their domain: nan for negatives, -inf at zero (NumPy warns on stderr).
import numpy as np

x = np.array([-1.0, 0.0, -0.0, np.inf, np.nan])
print(np.log(x))
print(np.log2(x))
print(np.log10(x))
print(np.log1p(np.array([-1.0, -2.0, np.inf])))
print(np.log(np.array([0, 1, 2])))
