# np.iinfo / np.finfo of every integer and float dtype, also in loops over dtype lists.
import numpy as np
for dtype in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32]:
    print(np.iinfo(dtype).dtype, np.iinfo(dtype).min, np.iinfo(dtype).max, np.iinfo(dtype).bits)
print(np.iinfo(np.uint64).min, np.iinfo('uint8').max, np.iinfo(int).max)
for dtype in [np.float32, np.float64]:
    print(np.finfo(dtype).min)
    print(np.finfo(dtype).max)
    print(np.finfo(dtype).eps, np.finfo(dtype).tiny, np.finfo(dtype).resolution)
    print(repr(np.finfo(dtype).eps), np.finfo(dtype).bits, np.finfo(dtype).dtype, np.finfo(dtype).precision)
a = np.array([1, 2], dtype=np.uint16)
print(np.iinfo(a.dtype).max - a)
print(np.finfo(np.float32).max * 2)
