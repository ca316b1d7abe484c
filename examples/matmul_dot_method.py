# The .dot() method: vector.vector, matrix.vector, matrix.matrix, chained and with transposes.
import numpy as np

A = np.array([[1.0, 2.0], [0.5, -1.0], [3.0, 0.0]])
x = np.array([2.0, 4.0])
print(A.dot(x))
print(x.dot(x), repr(x.dot(x)))
G = A.transpose().dot(A)
print(G)
print(A.T.dot(A.dot(x)))
print(G.dot(x) - A.T.dot(A).dot(x))
I = np.array([[1, 0], [0, 1]])
print(I.dot(np.array([5, -7])), I.dot(I).dtype, repr(I[0].dot(I[1])))
print(A[1:].dot(x), A[:, 0].dot(A[:, 1]), np.array([True, False]).dot(np.array([True, True])))
