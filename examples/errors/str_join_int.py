# str.join of items that are not strs.
L = [3, 1, 4]
print('-'.join(x for x in L))
