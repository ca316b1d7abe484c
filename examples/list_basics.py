# Python lists of numbers as values: printing, len, indexing, slicing, item assignment.
L = [3, 1, 4, 1, 5, 9, 2, 6]
print(L)
print(repr(L), str(L), len(L))
print(L[0], L[-1], L[2:5], L[::-2], L[5:])
F = [1.5, 2.0, 0.1, -0.0, 1e16, 1e-05, 123456789.125]
print(F)
B = [True, False, True]
print(B, len(B))
M = [[1, 2, 3], [4, 5, 6]]
print(M, len(M), M[1], M[-1][0])
L[0] = 10
L[-1] = L[1] + L[2]
print(L)
row = M[0]
row[1] = 20
print(M, row)
s = f"list {L} and {F[1:3]!r} with {len(B)} bools"
print(s)
t = str([0.5, 0.25]) + "!"
print(t)
i = 3
print(L[i], L[i - 5], F[i] * 2)
