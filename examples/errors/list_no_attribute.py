# A NumPy method on a list.
L = [3, 1, 4]
print(L.mean())
