# yield inside try/except/else/finally/with at every position, with send/throw/close at each.
import sys

class CM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    def __enter__(self):
        print("  enter", self.name)
        return self.name
    def __exit__(self, t, v, tb):
        print("  exit", self.name, t.__name__ if t else None, sys.exception().__class__.__name__ if sys.exception() else None)
        return self.swallow

def full(fail_in_body):
    try:
        x = yield "body1"
        print("  got in body", x)
        if fail_in_body:
            raise ValueError("body")
        yield "body2"
    except ValueError as e:
        print("  handler", repr(e), repr(sys.exception()))
        y = yield "handler"
        print("  got in handler", y, repr(sys.exception()))
    else:
        z = yield "else"
        print("  got in else", z)
    finally:
        print("  finally start", repr(sys.exception()))
        w = yield "finally"
        print("  got in finally", w, repr(sys.exception()))
    yield "after"

def drive(g, values):
    out = []
    try:
        out.append(next(g))
        for v in values:
            out.append(g.send(v))
    except StopIteration as e:
        out.append(("stop", e.value))
    return out

print(drive(full(False), [1, 2, 3, 4, 5]))
print(drive(full(True), [1, 2, 3, 4, 5]))

def with_gen(swallow):
    with CM("a") as a, CM("b", swallow) as b:
        v = yield a + b
        print("  with got", v)
        raise KeyError("inside with")
    yield "after with"

print(drive(with_gen(True), [1, 2]))
try:
    print(drive(with_gen(False), [1, 2]))
except KeyError as e:
    print("KeyError escaped", e)

# throw at each position
def thrower():
    try:
        try:
            yield 1
        except KeyError:
            print("  inner caught KeyError")
            yield 2
        finally:
            print("  inner finally")
            yield 3
    except ValueError as e:
        print("  outer caught", repr(e))
        yield 4
    return "done"

g = thrower()
print(next(g))
print(g.throw(KeyError))
print(g.throw(ValueError("during handler")))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value)

g = thrower()
print(next(g), next(g))
print(g.throw(ValueError("in finally")))
print(g.close())

# close at each position
def closer():
    try:
        yield "t"
    finally:
        print("  cleanup 1")
    with CM("c"):
        yield "w"
    try:
        yield "x"
    except GeneratorExit:
        print("  caught GeneratorExit")
        raise
    try:
        yield "y"
    except GeneratorExit:
        print("  returning from GeneratorExit")
        return "returned"

for n in range(5):
    g = closer()
    for _ in range(n):
        next(g)
    print(n, g.close(), g.gi_frame)
