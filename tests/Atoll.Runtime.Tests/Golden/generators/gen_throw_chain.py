# gen.throw() into a generator suspended in a yield from chain goes to the innermost; close() during yield from.
log = []
def inner():
    try:
        yield "inner 1"
        yield "inner 2"
    except KeyError as e:
        log.append(("inner caught", repr(e)))
        yield "inner recovered"
        return "inner result"
    finally:
        log.append("inner finally")

def middle():
    try:
        r = yield from inner()
        log.append(("middle got", r))
        yield "middle after"
    finally:
        log.append("middle finally")

def outer():
    try:
        r = yield from middle()
        yield ("outer after", r)
    except ValueError as e:
        log.append(("outer caught", repr(e)))
        yield "outer recovered"

g = outer()
print(next(g))
print(g.throw(KeyError("k")))
print(next(g))
print(g.throw(ValueError("v")))
print(log)
log.clear()

g = outer()
next(g)
print(g.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.__name__, g.gi_yieldfrom.gi_yieldfrom.gi_yieldfrom)
g.close()
print(log, g.gi_yieldfrom)
log.clear()

# An exception not handled anywhere propagates through all levels.
g = outer()
next(g)
try:
    g.throw(TypeError("t"))
except TypeError as e:
    print("escaped", repr(e))
print(log)
log.clear()

# close() when the sub-iterator's close raises
class BadClose:
    def __iter__(self):
        return self
    def __next__(self):
        return "bc"
    def close(self):
        raise RuntimeError("close failed")

def uses_bad():
    try:
        yield from BadClose()
    except RuntimeError as e:
        print("  caught in delegator:", e)
        raise

g = uses_bad()
print(next(g))
try:
    g.close()
except RuntimeError as e:
    print("close raised", e)

# throw into a non-generator iterator without throw()
class Plain:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def deleg():
    try:
        yield from Plain()
    except KeyError:
        yield "delegator handled"

g = deleg()
next(g)
print(g.throw(KeyError))

# iterator with throw() that returns a value via StopIteration
class WithThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return "wt"
    def throw(self, *a):
        raise StopIteration("from throw")

def deleg2():
    r = yield from WithThrow()
    yield ("result", r)

g = deleg2()
next(g)
print(g.throw(KeyError))

# send() passes through the chain
def echo():
    while True:
        x = yield
        if x is None:
            return "echo done"
        print("  echo", x)

def relay():
    r = yield from echo()
    print("  relay got", r)
    yield r

g = relay()
next(g)
g.send(1)
g.send(2)
print(g.send(None))
# GeneratorExit thrown explicitly
def ge():
    try:
        yield 1
    except GeneratorExit:
        print("  got GeneratorExit via throw")
        yield "after GE"
g = ge()
next(g)
print(g.throw(GeneratorExit))
try:
    g.close()
except RuntimeError as e:
    print(type(e).__name__, e)
