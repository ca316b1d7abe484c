# A function that prints, called in an f-string field: Python evaluates the whole f-string
# first ("in f", then "a 1 b"); arrc writes the f-string's text up to the field before the call
# runs ("a in f", then "1 b"). print("c", f(2)) and str() are right.
import numpy as np


def f(v):
    print("in f")
    return v


print(f"a {f(1)} b")
