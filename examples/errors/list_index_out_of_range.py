# A constant index past the end of a list: CPython's IndexError.
L = [3, 1, 4]
print(L[3])
