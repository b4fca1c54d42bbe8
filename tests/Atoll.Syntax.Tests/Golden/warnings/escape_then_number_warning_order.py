a = 0b1and 1
b = '\s'
print(a, b)
