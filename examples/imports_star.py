# `from numpy import *` shadows builtins for the statements after it.
import numpy as np

print(sum(range(5), -1))
print(max(3, 7), abs(-2.5), round(2.567, 1))
from numpy import *

print(sum(range(5), -1))
print(np.sum(range(5)), sum(range(1, 4)))
x = array([1.5, -2.5, 3.0])
print(x, abs(x), max(x), round(x))
print(pi, mean(x), zeros(3))
