import numpy as np

np.random.seed(0)
a = np.random.randint(0, 2, 5)
b = np.random.randint(0, 2, 5)
print(np.allclose(a, b), np.array_equal(a, b), np.array_equal(a, a), np.array_equal(a, np.ones((5, 1))))
print(np.isclose(np.array([1.0, np.nan, np.inf, -np.inf]), np.array([1.0 + 1e-9, np.nan, np.inf, np.inf])))
print(np.allclose(np.array([1.0, np.nan]), np.array([1.0, np.nan]), equal_nan=True), np.allclose(1.0, 1.0 + 1e-6, 1e-7))
print(np.isclose(np.arange(3), np.array([0.0, 1.00001, 2.1]), atol=0.0), np.allclose(np.arange(3.0), np.arange(3), rtol=0, atol=0))
