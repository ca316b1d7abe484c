# acc is a Python float here (the branch did not run), yet in a tuple display (and when passed to or
# returned from a function) arrc shows it as np.float64(1.0): the run-time Python/NumPy tracking
# of lang-spec/types-and-shapes.md is lost. NumPy prints (1.0,).
import numpy as np
v = np.array([7.0])
acc = 1.0
if v[0] <= 5:
    acc += v[0]
print((acc,))
