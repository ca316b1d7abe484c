n = 3
print("%d%q" % (n, n))
