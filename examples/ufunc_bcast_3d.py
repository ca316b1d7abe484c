# Ufuncs broadcast across three dimensions like the arithmetic operators.
import numpy as np

a = np.arange(6).reshape(2, 3, 1) * 0.5
b = np.arange(4) - 1.5
print(np.maximum(a, b))
print(np.where(a > b, np.floor(a - b), np.ceil(b - a)))
print(np.arctan2(a, np.ones((1, 4))).shape)
print(np.clip(a + b, -1, 1).shape)
