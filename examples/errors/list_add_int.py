# A list plus a number: CPython's TypeError.
L = [3, 1, 4]
M = L + 1
print(M)
