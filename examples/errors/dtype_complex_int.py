# int() of a Python complex: CPython's TypeError (arrc finds it when compiling).
import numpy as np

z = 1 + 2j
n = int(z)
print(n)
