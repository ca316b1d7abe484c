import numpy as np

np.random.seed(3)
a = np.array([10, 20, 30, 40, 50])
print(np.random.choice(a, 4))
print(np.random.choice(a))
print(np.random.choice([1.5, 2.5, 3.5], size=(2, 3)))
rng = np.random.default_rng(42)
print(rng.choice(a, 3))
print(rng.choice(np.arange(6.0).reshape(3, 2), 2))
print(rng.choice([7, 8, 9], size=5, replace=True))
print(rng.choice(a))
