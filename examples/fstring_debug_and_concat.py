# `{expr=}` self-documenting fields, triple-quoted and raw f-strings, implicit concatenation.
import numpy as np

x = 2.5
a = np.arange(3)
print(f"{x=} {x = :.2f} {a.sum()=} {a=}")
print(f"""multi
{x:>6}|""" f"-{x!r}" "plain")
w = rf"\n{x}"
print(w, len(w))
