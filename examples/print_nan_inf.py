# nan and inf inside arrays, and as scalars.
import numpy as np

print(np.array([np.nan, 1.0, -np.inf, np.inf]))
print(np.array([np.nan, np.nan]))
print(np.array([np.inf, 0.5]))
print(np.array([-np.inf, 123.456]))
print(repr(np.array([np.nan, -2.0])))
print(np.nan, np.inf, -np.inf)
print(repr(np.nan), repr(-np.inf))
x = np.array([1.0, np.nan, 3.0])
print(x[1], repr(x[1]))
print(x.sum(), x.max(), x.min(), x.mean())
y = np.array([np.inf, 1.0])
print(y.sum(), repr(y.max()))
print(np.array([[np.nan, 1e-5], [np.inf, 2.0]]))
