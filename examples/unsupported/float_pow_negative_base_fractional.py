# expect-error: 4:7: unsupported: a negative float to a fractional power (CPython gives a complex number)
x = -8.0
print(x ** 3.0, x ** -1.0)
print(x ** 0.5)
