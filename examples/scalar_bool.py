# Python bools: printing, comparison results and arithmetic (bool + bool is an int).
import numpy as np

t = True
f = False
print(t, f, repr(t))
print(t + t, t * 5, f - t, t / 2)
print(t == 1, f < t)
b = 3 > 2
print(b)
c = 2.5 <= 1
print(c)
print(int(t), float(f), str(t))
if f:
    print("not here")
else:
    print("f is falsy")
x = np.arange(3)
print(x + t, x * f)
print(x > 0.5)
