a, *b = c
*a, b = c
a, *b, c = d
[a, *b] = c
(*a,) = b
for a, *b in c:
    pass
x = *a, *b
return_value = [*a, 1]
print(*a)
t = 1, *a
del a, b
