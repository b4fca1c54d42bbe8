a = '\d'
b = '\8'
c = b'\u0041'
d = '\ '
e = "\%"
f = b'\N{EURO SIGN}'
g = '\400'
