# A list plus a number: CPython's TypeError.
L = [3, 1, 4]
print(L[0])
M = L + 1
print(M)
