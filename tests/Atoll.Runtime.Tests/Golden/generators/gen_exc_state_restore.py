# sys.exception() inside generators: the handled exception is saved while suspended and restored on resume.
import sys

def show(tag):
    e = sys.exception()
    print(" ", tag, repr(e))

def gen():
    show("start")
    try:
        raise ValueError("in gen")
    except ValueError:
        show("handler before yield")
        yield 1
        show("handler after resume")
        yield 2
        show("handler after second resume")
    show("after handler")
    yield 3

g = gen()
next(g)
show("caller after first yield")
try:
    raise KeyError("caller")
except KeyError:
    show("caller handler")
    next(g)
    show("caller handler after next")
next(g)
show("caller after all")
try:
    next(g)
except StopIteration:
    pass

# a generator not in a handler sees the caller's exception
def plain():
    show("plain gen")
    yield
    show("plain gen resumed")
    yield
try:
    raise TypeError("outer")
except TypeError:
    p = plain()
    next(p)
next(p)

# exception raised after resume inside a handler gets the right context
def ctx():
    try:
        raise ValueError("first")
    except ValueError:
        yield
        raise KeyError("second")
g = ctx()
next(g)
try:
    next(g)
except KeyError as e:
    print(repr(e), repr(e.__context__))

# finally block suspended while an exception is propagating
def fin():
    try:
        raise OSError("propagating")
    finally:
        show("finally before yield")
        yield "in finally"
        show("finally after resume")
g = fin()
print(next(g))
show("caller while gen suspended in finally")
try:
    next(g)
except OSError as e:
    print("reraised", repr(e))

# throw() into a generator inside a handler: context is the handled exception
def h():
    try:
        raise ValueError("handled")
    except ValueError:
        yield
g = h()
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print(repr(e), repr(e.__context__))

# with statement: __exit__ sees the exception; yield inside __exit__-protected block
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        show("exit")
        return True
def w():
    with CM():
        yield 1
        raise RuntimeError("suppressed")
    show("after with")
    yield 2
print(list(w()))

# coroutine inside except block
class Tick:
    def __await__(self):
        yield
async def co():
    try:
        raise ValueError("coro")
    except ValueError:
        await Tick()
        show("coro after await")
c = co()
c.send(None)
show("between")
try:
    c.send(None)
except StopIteration:
    pass
