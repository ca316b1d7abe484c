# Operands, arguments and f-string fields are evaluated once each, left to right; print's
# keywords after its arguments, in the order written.
import numpy as np


def f(name, v):
    print("f", name)
    return v


print(f("a", 1), end=f("end", "\n"), sep=f("sep", " "))
x = np.arange(5)
print(x[f("i", 2)], x[1:3].size if f("cond", False) else 0)
print(np.where(f("c", x > 2), f("a", x), f("b", -x)))
print(np.clip(f("x", x), f("lo", 1), f("hi", 3)))
print(max(f("m1", 1), f("m2", 2)), min(f("n1", 1), f("n2", 2)))
t = (f("t1", 1), f("t2", 2))
print(t[1], (f("u1", 5), f("u2", 6))[0])
a = b = f("ab", 3)
print(a, b)
print(f"{f('fs1', 1)}-{f('fs2', 2):>3}")
print(-f("neg", 2) ** f("pw", 2))
print(f("l", 2) * (f("r1", 1) + f("r2", 3)))
y = np.zeros(3)
y[:] = f("all", 2.0)
y += f("inc", np.ones(3))
print(y)
print(np.random.default_rng(0).random(), len(f("s", "abc")))

np.random.seed(6)
z = np.zeros(np.random.rand(3).shape)
print(z, np.random.rand())
