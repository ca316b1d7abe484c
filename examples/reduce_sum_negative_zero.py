# NumPy adds the pairwise sum to an accumulator that starts at +0.0: a sum of -0.0s is 0.0.
import numpy as np
d = -np.zeros(20)
print(repr(d.sum()), repr(d.reshape(4, 5).sum()), repr(d.reshape(2, 10).mean()))
b = np.zeros((4, 2)) * -1
print(repr(b.sum()), repr(np.mean(b)))
