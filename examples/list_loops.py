# Iterating over lists: for, enumerate and zip.
L = [3, 1, 4, 1, 5]
F = [0.5, 1.5, 2.5, 3.5, 4.5]
total = 0
for v in L:
    total += v
print(total)
for i, v in enumerate(L):
    print(i, v, end="; ")
print()
for a, b in zip(L, F):
    print(a * b, end=" ")
print()
for row in [[1, 2], [3, 4]]:
    print(row, sum(row))
best = L[0]
for k in range(1, len(L)):
    if L[k] > best:
        best = L[k]
print(best)
