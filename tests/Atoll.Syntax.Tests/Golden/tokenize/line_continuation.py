x = 1 + \
    2
if a and \
   b:
    pass
y = "str" \
    "ing"
z = [1, \
     2]
assert x, \
    y
with a as b, \
     c as d:
    pass
