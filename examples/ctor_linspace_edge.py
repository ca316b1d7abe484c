# linspace corner cases: equal bounds, one or zero samples, subnormal steps.
import numpy as np

print(np.linspace(5, 5, 4))
print(np.linspace(3, 7, 1), np.linspace(3, 7, 0), np.linspace(3, 7, 0).shape)
print(np.linspace(0, 1e-320, 3))
print(np.linspace(-0.0, 0.0, 3))
print(np.linspace(1e308, -1e308, 5))
print(np.linspace(0, 1, 3) + np.linspace(1, 2, 3))
