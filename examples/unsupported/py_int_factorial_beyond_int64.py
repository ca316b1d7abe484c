# expect-error: 6:9: OverflowError: Python int 51090942171709440000 is out of arrc's int64 range (CPython's ints are unbounded)
# A factorial loop: 20! fits in int64, 21! does not; the output up to 20! is kept.
f = 1
for i in range(1, 26):
    print(i, f)
    f = f * i
print(f)
