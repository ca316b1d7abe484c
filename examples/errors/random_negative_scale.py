# The standard deviation of np.random.normal must not be negative.
import numpy as np

np.random.seed(0)
sigma = 0.5 - 1
print(sigma)
w = np.random.normal(0, sigma, size=(2, 2))
print(w)
