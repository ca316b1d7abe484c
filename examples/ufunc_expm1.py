# np.expm1 is exact near zero where np.exp(x) - 1 loses digits.
import numpy as np

x = np.array([1e-10, 1e-5, 0.0, -1e-8, 1.0])
print(np.expm1(x))
print(np.exp(x) - 1)
print(np.expm1(np.array([-np.inf, np.inf, 710.0, -50.0])))
print(np.log1p(np.expm1(np.array([0.25, 0.5]))))
