# A Python float `**` whose result is too large: CPython's OverflowError (float `*` gives inf).
x = 10.0
print(x ** 308, x * 1e308)
print(x ** 400)
