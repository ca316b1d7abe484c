# np.pi, np.e, np.nan and np.inf are Python floats.
import numpy as np

print(np.pi, np.e)
print(repr(np.pi), repr(np.e))
print(np.nan, np.inf, -np.inf)
print(np.pi * 2, np.e ** 2)
print(np.inf > 1e308, np.nan == np.nan, np.nan != np.nan)
print(np.inf + np.inf, np.inf - 1)
x = np.array([np.pi, np.e, np.nan, np.inf])
print(x)
print(repr(x))
print(np.ones(3) * np.pi)
print(np.arange(4) * np.e)
print(np.ones(2) * np.nan, np.zeros(2) + np.inf)
