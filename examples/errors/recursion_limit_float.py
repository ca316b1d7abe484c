# Unbounded recursion: CPython stops at its recursion limit (1000 frames).
def halve(x):
    if x < 0.0:
        return 0.0
    return halve(x / 2.0) + 1.0


print("before")
print(halve(1.0))
