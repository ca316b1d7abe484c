import numpy as np

z = 1 + 2j
print(z * 2)
print(int(z))
