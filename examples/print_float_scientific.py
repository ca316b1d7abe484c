# NumPy switches a float array to scientific notation when its largest magnitude is
# >= 1e8, its smallest nonzero magnitude is < 1e-4, or their ratio is > 1e3.
import numpy as np

print(np.array([1e8, 1.0]))
print(np.array([99999999.0, 1.0]))
print(np.array([1e-5, 1.0]))
print(np.array([0.5, 1000.0]))
print(np.array([0.5, 500.0]))
print(np.array([1.0, 1000.0]))
print(np.array([1.0, 1001.0]))
print(np.array([0.0, 1e-5]))
print(np.array([1e16, -2e-3, 3.5]))
print(np.array([1.5e300, 2e-300]))
print(np.array([123456789.0]))
print(np.array([0.00001234]))
print(np.exp(np.arange(4) * 10.0))
print(repr(np.array([1e-10, 1.0, 1e10])))
print(np.array([1e8, np.nan, 1.0]))
