# expect-error: 4:1: SyntaxError: 'return' outside function
x = 1
print(x)
return x
