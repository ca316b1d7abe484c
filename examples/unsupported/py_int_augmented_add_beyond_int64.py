# expect-error: 6:1: OverflowError: Python int 9223372036854775808 is out of arrc's int64 range (CPython's ints are unbounded)
# `x += 1` on a Python int at int64's maximum.
x = 9223372036854775806
x += 1
print(x)
x += 1
print(x)
