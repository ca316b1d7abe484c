# Comparisons with nan are False, except != which is True.
import numpy as np

x = np.array([1.0, np.nan, np.inf, -0.0])
y = np.array([1.0, np.nan, np.inf, 0.0])
print(x == y)
print(x != y)
print(x < y)
print(x >= y)
print(x == np.nan)
print(x > 1e308)
print(x != x)
print(np.nan == np.nan, np.nan < 1, np.inf == np.inf)
print(-0.0 == 0.0, x[3] == 0, x[1] == x[1])
