# linspace with endpoint=False divides by num, not num - 1, and never stores stop.
import numpy as np

print(np.linspace(2, 3, 4, endpoint=False))
print(np.linspace(2, 3, 4, endpoint=True))
print(np.linspace(1e-10, 3.3, 9, endpoint=False))
print(np.linspace(0, 1, 10, False))
print(np.linspace(-1, 1, 1, endpoint=False), np.linspace(-1, 1, 1))
