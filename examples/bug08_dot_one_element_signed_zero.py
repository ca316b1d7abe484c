# np.dot / np.inner of one-element float operands whose result has one element: NumPy's BLAS
# path multiplies the two values (so -0.0 survives); @ sums 0 + a*b. Found by the difftest (bug08).
import numpy as np
a = np.array([-3.25]); b = np.array([0.0])
print(repr(np.dot(a, b)), repr(a @ b), repr(np.inner(a, b)))
print(repr(np.dot(a.reshape(1, 1), b.reshape(1, 1))), repr(a.reshape(1, 1) @ b.reshape(1, 1)))
print(repr(np.dot(a, b.reshape(1, 1))), repr(np.dot(a.reshape(1, 1), b)))
print(repr(np.dot(a, np.array([[0.0, -0.0, 1.0]]))), repr(np.dot(np.array([[0.0], [1.0]]), np.array([-3.25]))))
print(repr(np.dot(a.astype(np.float32), b.astype(np.float32))))
print(repr(np.dot(np.array([-3]), np.array([0]))), repr(np.dot(np.array([-3]), b)))
print(repr(np.inner(a.reshape(1, 1), b.reshape(1, 1))), repr(a.dot(b)))
