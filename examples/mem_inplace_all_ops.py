# Every augmented assignment operator on arrays, each in place.
import numpy as np

f = np.array([1.0, -2.0, 3.5, 8.0])
fid = id(f)
f += 1
f -= np.array([0.5, 0.5, 0.5, 0.5])
f *= 2
f /= 4
f **= 2
f //= 0.5
f %= 2.5
print(f, id(f) == fid)

i = np.array([-9, -4, 5, 17])
iid = id(i)
i += 3
i *= 2
i //= 3
i %= 5
i **= 2
i -= i[0]
print(i, id(i) == iid)
