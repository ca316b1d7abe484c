# expect-error: 6:7: OverflowError: Python int 10000000000000000000 is out of arrc's int64 range (CPython's ints are unbounded)
# A Python int result beyond int64 stops the program (CPython would print the exact value).
n = 18
print(10 ** n)
n = n + 1
print(10 ** n)
