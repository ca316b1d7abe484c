# expect-error: 4:7: OverflowError: Python int 2 ** 100000 is out of arrc's int64 range (CPython's ints are unbounded)
b = 2
print(b ** 62, (-b) ** 63)
print(b ** 100000)
