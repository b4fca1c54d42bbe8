x = 1 + \
    2
if a and \
   b:
    pass
y = [1,
     2,
# comment inside brackets
     3]
z = (1
+ 2
        + 3)
def f(a,
b): pass
w = {
    'a': 1,

    'b': 2,
}
assert x, \
    "msg"
with a as b, \
     c as d:
    pass
