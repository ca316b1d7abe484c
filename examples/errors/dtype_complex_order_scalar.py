z = 1 + 2j
w = 3j
print(z == w)
print(z < w)
