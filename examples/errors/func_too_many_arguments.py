def scale(x, k=2):
    return x * k

print(scale(1, 2, 3))
