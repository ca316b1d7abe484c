def f(k):
    print("in f", k)
    return k * 10

# every field is evaluated before the string is built, as in CPython
print(f"a {f(1)} b {f(2):>5}")
s = f"{f(3)!r}-{f(4)}"
print(s)
