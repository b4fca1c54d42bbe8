a = [0x1for x in y]
b = 1if 1else 2
c = 1or 2
d = 0b1and 1
e = 1_000in x
f = 0o7if x else 0
g = 1.5j if x else 2
h = 1.if x else 2
