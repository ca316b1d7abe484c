# str.format, %-formatting, str.join and the case methods of a constant str.
import numpy as np

v = 2.0 / 3.0
x = np.float64(1.25)
n = 7
print('{:.3f}'.format(v))
print('{} {}'.format(n, v))
print('{1}-{0}-{1}'.format('a', 'b'))
print('{name}={val:>8.2e}'.format(name='x', val=x))
print('{!r} {:d} {:5}|'.format('s', n, True))
print('{{literal}} {:+.1f}'.format(-v))
print('%d items' % n)
print('%.2f %s' % (v, 'done'))
print('%5.1f%%' % (100 * v))

A = np.arange(4) * 0.5
print(', '.join(str(a) for a in A))
print('-'.join(['a', 'b', 'c']))
print(' '.join('{:.1f}'.format(a) for a in A))
print(''.join(str(k) for k in range(5)))
print('|'.join(('x', 'y')))
print('mean'.upper(), 'MiXed Case'.lower(), '  pad  '.strip() + '!')
print('hello world'.title(), 'abc'.capitalize())
