x = 0.0
print(x ** 0.0, x ** 2)
print(x ** -1.0)
