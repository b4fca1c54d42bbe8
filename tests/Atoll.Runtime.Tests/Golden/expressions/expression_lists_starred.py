# Expression lists, trailing commas and starred expressions.
t = 1, 2, 3
print(t, type(t).__name__)
single = 1,
print(single)
print(*[1, 2], *"ab")
r = *range(3), 4
print(r)
first, *rest = "hello"
print(first, rest)
*init, last = [1, 2, 3]
print(init, last)
a, *b, c = 1, 2
print(a, b, c)
x = [*"ab", *[1]], {*"aa"}, {"k": 0, **{"j": 1}}
print(x)
def ret():
    return 1, *[2, 3]
print(ret())
for item in 1, 2:
    print("loop over expression list", item)
print((*[],), (*"",))
try:
    exec("*a = [1]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("print(*)")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("a, *b, *c = 1, 2, 3")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
