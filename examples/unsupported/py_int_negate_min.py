# expect-error: 5:5: OverflowError: Python int 9223372036854775808 is out of arrc's int64 range (CPython's ints are unbounded)
# -(-2**63) and abs(-2**63) are 2**63 in Python.
x = -9223372036854775807 - 1
print(x)
y = -x
print(y)
