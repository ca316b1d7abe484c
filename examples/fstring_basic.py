# f-strings: literal text, doubled braces, fields of Python scalars and strings.
import numpy as np

n = 3
x = 2.5
name = "arrc"
print(f"n = {n}, x = {x}, name = {name}")
print(f"{{literal braces}} and {{{n}}}")
print(f"")
print(f"no fields at all")
print(f"{n + 1} {x * 2} {n / 4} {n // 2} {-x}")
print(f"{n}{x}{name}")
flag = n > 2
print(f"flag={flag} none={None}")
s = f"{name}-{n}"
print(s + "!", len(s))
