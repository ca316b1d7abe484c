# Builtins on lists: sorted, sort, reverse, sum, min, max, list(), `in`, + and *.
L = [3, 1, 4, 1, 5, 9, 2, 6]
print(repr(sorted(L)))
print(sorted(L, reverse=True), L)
L.sort()
print(L)
L.reverse()
print(L)
L.sort(reverse=True)
print(L)
F = [2.5, -1.0, 0.1, 0.2, 0.3]
print(sum(F), min(F), max(F), sum(L), min(L), max(L))
print(sum([True, True, False]), max([False, True]))
print(4 in L, 7 in L, 7 not in L, 0.3 in F)
print(L + [100, 200], [0.5] * 3, 2 * [1, 2])
print(list(range(5)), list(range(2, 10, 3)))
t = (1.5, 2.5)
print(list(t), sorted((3, 1, 2)))
C = L.copy()
C[0] = -1
print(C[0], L[0])
D = list(L)
D[1] = -2
print(D[:3], L[:3])
