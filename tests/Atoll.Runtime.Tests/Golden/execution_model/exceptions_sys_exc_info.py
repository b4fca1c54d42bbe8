# sys.exc_info() and sys.exception() inside and outside handlers.
import sys
print(sys.exc_info(), sys.exception())
try:
    raise ValueError("v")
except ValueError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb is not None, sys.exception() is v)
    try:
        raise KeyError("k")
    except KeyError:
        print("nested:", repr(sys.exception()))
    print("after nested handler:", repr(sys.exception()))
print("after handler:", sys.exc_info(), sys.exception())
def helper():
    return repr(sys.exception())
try:
    raise TypeError("seen from called function")
except TypeError:
    print(helper())
def gen():
    yield repr(sys.exception())
try:
    raise IndexError("i")
except IndexError:
    g = gen()
print(next(g))
try:
    raise OSError("o")
except OSError:
    pass
finally:
    print("in finally after handled:", sys.exception())
try:
    try:
        raise LookupError("in finally")
    finally:
        print("finally while propagating:", repr(sys.exception()))
except LookupError:
    pass
