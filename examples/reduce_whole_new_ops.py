import numpy as np

x = np.array([[2.0, -1.5, 4.0], [0.5, 3.0, -2.0]])
print(repr(x.prod()), repr(x.std()), repr(x.var()))
print(repr(x.argmax()), repr(x.argmin()))
print(repr(x.any()), repr(x.all()))
print(x.prod(), x.std(), x.var(), x.argmax(), x.any())
print(repr(np.prod(x)), repr(np.std(x)), repr(np.var(x, ddof=1)))
a = np.arange(1, 7)
print(repr(a.prod()), repr(a.std()), repr(np.argmax(a)), repr(a.all()))
f = x.astype(np.float32)
print(repr(f.prod()), repr(f.std()), repr(f.var()), repr(np.argmin(f)))
s = x.std() + 1
print(s, repr(s))
