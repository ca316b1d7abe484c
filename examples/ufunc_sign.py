# np.sign: -1, 0, 1 of the input's dtype; both zeros give 0.0, nan stays nan.
import numpy as np

print(np.sign(np.array([-2.5, -0.0, 0.0, 3.0, np.nan, -np.inf, np.inf])))
print(np.sign(np.array([-7, 0, 9])))
print(np.sign(np.array([[-1.5], [2.0]]) * np.array([1, -1, 0])))
print(np.sign(np.arange(-2, 3)) * np.arange(-2, 3))
