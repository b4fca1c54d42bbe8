x = '\400'
print(repr(x))
