# Argument unpacking with * and **, multiple unpackings, evaluation order.
def show(*args, **kwargs):
    return args, kwargs
print(show(*[1, 2], *(3,), 4, *"ab"))
print(show(**{"a": 1}, **{"b": 2}, c=3))
print(show(1, *[2], x=1, **{"y": 2}))
print(show(*range(3), **dict(k="v")))
print(show(*{"k1": 0, "k2": 0}), show(*{3, 1, 2}.__class__([1])))
def pair(a, b):
    return a + b
args = (1, 2)
print(pair(*args), pair(**{"a": "x", "b": "y"}), pair(*["only a"], b=" and b"))
def gen():
    yield 1
    yield 2
print(pair(*gen()))
try:
    show(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{"a": 1}, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**[("a", 1)])
except TypeError as e:
    print(type(e).__name__, e)
try:
    show(**{1: "non-string key"})
except TypeError as e:
    print(type(e).__name__, e)
try:
    pair(*[1, 2, 3])
except TypeError as e:
    print(type(e).__name__, e)
order = []
def note(v):
    order.append(v)
    return v
show(note(1), *[note(2)], x=note(3), **{"y": note(4)})
print(order)
print(show(*[], **{}))
