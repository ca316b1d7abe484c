# expect-error: 4:7: OverflowError: Python int of 301 digits is out of arrc's int64 range (CPython's ints are unbounded)
x = 1e300
print(round(x / 1e290))
print(round(x))
