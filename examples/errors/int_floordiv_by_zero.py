# Python int // 0 raises (NumPy int arrays would give 0 instead).
import numpy as np

a = 7
b = 3
for k in range(3):
    print(a // b)
    b = b - 1
    a = a // b
print(a)
