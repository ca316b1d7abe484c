# Trig functions at inf and nan give nan; tanh saturates at +-1.
import numpy as np

s = np.array([np.inf, -np.inf, np.nan, 0.0])
print(np.sin(s))
print(np.cos(s))
print(np.tan(s))
print(np.tanh(np.array([-np.inf, -20.0, -1.0, 0.0, 1.0, 20.0, np.inf, np.nan])))
print(np.arctan(np.array([-np.inf, np.inf, np.nan])))
