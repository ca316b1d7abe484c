import numpy as np
x = np.arange(3)
d = 0
if x.size > 5:
    d = x[2]
print(repr(np.exp(d)), repr(np.sqrt(d)))
