def box(a, b, c, d=0):
    return a + b + c + d

print(box(1))
