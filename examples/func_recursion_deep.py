# Recursion well below CPython's limit of 1000 frames, directly and through a helper.
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)


def total(n):
    if n == 0:
        return 0
    return n + total(n - 1)


def via_helper(n):
    return depth(n) * 2


print(depth(900), total(900))
print(via_helper(800))
for k in range(3):
    print(depth(300 * k))
