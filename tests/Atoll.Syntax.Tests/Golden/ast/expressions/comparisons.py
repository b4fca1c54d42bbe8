a < b <= c > d >= e == f != g
a in b not in c
a is b is not c
not a == b
a < b and c or not d
a or b or c and d and e
