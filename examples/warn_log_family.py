# log, log2, log10, log1p at zero (divide) and below (invalid); trigonometry out of domain.
import numpy as np

x = np.array([0.0, -1.0, 1.0, np.inf, -np.inf])
print(np.log(x))
print(np.log2(x))
print(np.log10(x))
print(np.log1p(x - 1.0))
print(np.arcsin(x * 2))
print(np.arccos(x * 2))
print(np.sin(x))
print(np.cos(x))
print(np.tan(x))
print(np.tanh(x), np.arctan(x))
