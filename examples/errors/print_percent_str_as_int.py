name = "ab"
print("%d items" % name)
