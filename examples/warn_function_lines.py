# Warnings from inside a function name the function's line, once however often it is called.
import numpy as np


def ratio(a, b):
    return a / b


def safe_log(v):
    r = np.log(v)
    return r


x = np.array([1.0, 0.0])
print(ratio(x, x))
print(ratio(x, np.array([0.0, 1.0])))
print(safe_log(x))
print(safe_log(x - 2.0))
print(ratio(np.float64(1.0), np.float64(0.0)))
