# send, throw and close are forwarded through yield from to the innermost generator.
def inner():
    try:
        while True:
            try:
                received = yield "inner ready"
                print("  inner received", received)
            except KeyError as e:
                print("  inner handled", repr(e))
    finally:
        print("  inner finally")
def middle():
    try:
        result = yield from inner()
    finally:
        print("  middle finally")
g = middle()
print(next(g))
print(g.send("hello"))
print(g.throw(KeyError("k")))
try:
    g.throw(ValueError("v"))
except ValueError as e:
    print("ValueError propagated through both:", e)
g2 = middle()
next(g2)
g2.close()
print("closed through delegation")
def inner_returns_on_throw():
    try:
        yield 1
    except ValueError:
        return "inner returned after throw"
def outer2():
    r = yield from inner_returns_on_throw()
    yield f"outer got: {r}"
g3 = outer2()
next(g3)
print(g3.throw(ValueError))
class IterOnly:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def delegating_to_iterator():
    yield from IterOnly()
d = delegating_to_iterator()
print(next(d))
try:
    d.send("non-None to a plain iterator")
except AttributeError as e:
    print(type(e).__name__, e)
d2 = delegating_to_iterator()
next(d2)
try:
    d2.throw(KeyError("into plain iterator"))
except KeyError as e:
    print("thrown into plain iterator re-raised:", repr(e))
