# suppress=True prints small numbers in fixed notation instead of scientific.
import numpy as np

a = np.array([1e-10, 1.0, 1234.5])
print(a)
np.set_printoptions(suppress=True)
print(a)
print(np.array([1e-8, 5e-5, 0.5]))
np.set_printoptions(precision=2, suppress=True)
print(a, np.array([1e20, 1.0]))
np.set_printoptions(suppress=False)
print(a)
