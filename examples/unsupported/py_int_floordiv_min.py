# expect-error: 4:7: OverflowError: Python int 9223372036854775808 is out of arrc's int64 range (CPython's ints are unbounded)
x = -9223372036854775807 - 1
print(x // 2, x % -1)
print(x // -1)
