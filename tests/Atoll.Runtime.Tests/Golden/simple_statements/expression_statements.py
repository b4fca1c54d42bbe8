# Expression statements: evaluated for side effects, value discarded.
def side(x):
    print("side effect", x)
    return x
side(1)
side(2) + side(3)
[side(i) for i in range(2)]
"a string statement does nothing"
42
None
...
x = [3, 1, 2]
x.sort()
x
print(x)
x.append(4) or print("append returned None")
lambda: print("never called")
(side("in parens"))
side("a"), side("b")
side(0) and side("short-circuited")
def doc():
    "docstring as an expression statement"
    "second string is just an expression"
print(doc.__doc__)
