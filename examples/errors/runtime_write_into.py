# Storing an array into a view of run-time length that it does not fit.
import numpy as np

A = np.zeros((4, 4))
for i in range(4):
    A[i, :i + 1] = np.arange(2.0)
    print(A[i])
