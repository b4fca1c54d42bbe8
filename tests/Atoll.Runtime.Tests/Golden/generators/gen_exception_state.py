# sys.exception() and exception context inside generators across yields.
import sys
def gen():
    try:
        raise ValueError("inside generator")
    except ValueError:
        yield repr(sys.exception())
        yield repr(sys.exception())
    yield repr(sys.exception())
g = gen()
print(next(g))
print("caller sees:", sys.exception())
print(next(g))
print(next(g))
def gen2():
    yield repr(sys.exception())
try:
    raise KeyError("caller's exception")
except KeyError:
    g2 = gen2()
    print("generator sees caller's handled exception:", next(g2))
def raises_with_context():
    try:
        yield
    except ValueError:
        raise TypeError("during handling of thrown")
g3 = raises_with_context()
next(g3)
try:
    g3.throw(ValueError("thrown"))
except TypeError as e:
    print(repr(e), "context:", repr(e.__context__))
