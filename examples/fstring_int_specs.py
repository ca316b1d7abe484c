# Integer format specs: d, width, zero padding, signs, bases, grouping.
import numpy as np

for k in range(4):
    n = (k * 7919 - 10000) * (k + 1)
    print(f"[{n:d}] [{n:8d}] [{n:08d}] [{n:+d}] [{n: d}] [{n:,}] [{n:_}] [{n:x}] [{n:#X}] [{n:o}] [{n:#b}]")
print(f"{42:05d} {-42:05d} {7:=+6} {255:#010x} {1234567:_x} {65:c}{97:c}")
print(f"{1234567890:,d} {-1234567:015,} {2**40:n} {12:e} {7:.2f} {3:%}")
big = 9223372036854775807
print(f"{big:,} {-big - 1:x} {big:.3e}")
