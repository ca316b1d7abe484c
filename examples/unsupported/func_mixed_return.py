# expect-error: 8:7: unsupported: sign() returns int on some paths and None on others
def sign(x):
    if x > 0:
        return 1
    elif x < 0:
        return -1

print(sign(3))
