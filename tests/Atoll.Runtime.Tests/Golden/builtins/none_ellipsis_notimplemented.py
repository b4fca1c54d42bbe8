# The singletons None, Ellipsis and NotImplemented.
print(None, repr(None), type(None).__name__, None is None, None == None, None == 0, bool(None))
print(..., Ellipsis, ... is Ellipsis, type(...).__name__, bool(...))
print(NotImplemented, type(NotImplemented).__name__)
print(type(None)() is None, type(...)() is ...)
try:
    None + 1
except TypeError as e:
    print(type(e).__name__, e)
n = None
try:
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    n[0]
except TypeError as e:
    print(type(e).__name__, e)
def f():
    pass
print(f(), f() is None)
print([None] * 2, {None: None})
print((1).__add__("x"), (1).__eq__("x"), "x".__lt__(1))
