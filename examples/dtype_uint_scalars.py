# NumPy scalars of the unsigned and small int types: construction, repr, Python ints mixing.
import numpy as np
x = np.uint8(200)
print(x, repr(x))
print(repr(x + 1), repr(x >> 1), repr(x << 1), repr(0xFF & x), repr(x & 1))
print(repr(np.int8(-5)), repr(np.int16(1000)), repr(np.uint16(65535)), repr(np.uint32(7)))
print(repr(np.uint64(2**63 - 1) * np.uint64(2) + np.uint64(1)), np.uint64(5))
print(int(x), float(x), bool(np.uint8(0)), int(np.int8(-3)))
data = np.array([1, 2, 250, 17], dtype=np.uint8)
crc = 0xFFFF
for b in data:
    cur = 0xFF & b
    for _ in range(0, 8):
        if (crc & 0x0001) ^ (cur & 0x0001):
            crc = (crc >> 1) ^ 0x8408
        else:
            crc >>= 1
        cur >>= 1
    print(repr(b), repr(cur), crc)
crc = ~crc & 0xFFFF
crc = (crc << 8) | ((crc >> 8) & 0xFF)
print(crc & 0xFFFF)
v = data[2]
print(repr(v * 2), repr(v // 3), repr(v % 7), repr(-np.int8(5)))
print(f"{v} {v:5d} {np.int16(-4)}")
