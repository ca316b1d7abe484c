# np.maximum / np.minimum broadcast and propagate nan; of two equal zeros the second wins.
import numpy as np

a = np.array([1.0, 5.0, np.nan, 3.0, -0.0, 0.0])
b = np.array([2.0, 4.0, 1.0, np.nan, 0.0, -0.0])
print(np.maximum(a, b))
print(np.minimum(a, b))
print(np.maximum(np.arange(6).reshape(2, 3), np.array([[2], [4]])))
print(np.minimum(np.arange(5), 2))
print(np.maximum(np.array([-np.inf, np.inf]), 0))
print(np.maximum(np.array([True, False]), np.array([False, False])))
print(np.minimum(np.array([3, -9]), np.array([2.5, -9.5])))
