# PEP 479, GeneratorExit, send() to a just-started generator, generators outliving their creator, iteration consumers.
import sys

def raises_stop():
    yield 1
    raise StopIteration("explicit")

g = raises_stop()
print(next(g))
try:
    next(g)
except RuntimeError as e:
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), e.__suppress_context__)
print(next(g, "exhausted"))

def next_on_empty():
    it = iter([])
    yield next(it)

try:
    list(next_on_empty())
except RuntimeError as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)

def stop_caught_inside():
    try:
        raise StopIteration("caught")
    except StopIteration as e:
        yield ("handled", e.value)

print(list(stop_caught_inside()))

async def coro_stop():
    raise StopIteration("in coro")
try:
    coro_stop().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

async def agen_stop():
    yield 1
    raise StopAsyncIteration
a = agen_stop()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print("first", e.value)
try:
    a.__anext__().send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

# send() to a just-started generator
def echo():
    x = yield "ready"
    yield x
g = echo()
try:
    g.send(42)
except TypeError as e:
    print(type(e).__name__, e)
print(g.send(None), g.send(7))
g2 = echo()
print(g2.gi_frame.f_lasti if False else "", g2.gi_suspended, g2.gi_running)

# generators resumed after the frame that created them returned
def make(n):
    base = n * 100
    def counter():
        i = 0
        while i < 3:
            yield base + i
            i += 1
    local = [1, 2, 3]
    return counter(), (x * n for x in local)

c, ge = make(2)
print(list(c), list(ge))

def factory():
    data = {"k": 0}
    def gen():
        while True:
            data["k"] += 1
            yield data["k"]
    return gen()
g = factory()
print(next(g), next(g), next(g))

# consumers
def squares(n):
    for i in range(n):
        yield i * i
print(list(squares(5)), sum(squares(5)), max(squares(5)), sorted(squares(4)), tuple(squares(3)))
print(dict((i, v) for i, v in enumerate(squares(3))), set(squares(3)), "-".join(str(x) for x in squares(4)))
for i, v in zip(squares(10), "abc"):
    print(i, v, end=" ")
print()
a, b, *rest = squares(5)
print(a, b, rest)
print(any(v > 5 for v in squares(10)), all(v < 100 for v in squares(10)), 16 in squares(10), 17 in squares(5))

# GeneratorExit is a BaseException, not caught by except Exception
def catches_exception():
    try:
        yield 1
    except Exception:
        print("never")
    finally:
        print("  finally on close")
g = catches_exception()
next(g)
g.close()
print(g.gi_frame, g.gi_suspended)

# generator catching GeneratorExit and yielding -> RuntimeError, generator stays suspended
def stubborn():
    try:
        yield "still here"
    except GeneratorExit:
        print("  ignoring GeneratorExit")
    yield "yielded after GeneratorExit"
st = stubborn()
next(st)
try:
    st.close()
except RuntimeError as e:
    print(type(e).__name__, e)
print(st.gi_suspended, next(st, "finished"))

# GeneratorExit converted into another exception
def converts():
    try:
        yield
    except GeneratorExit:
        raise ValueError("converted")
cv = converts()
next(cv)
try:
    cv.close()
except ValueError as e:
    print("close raised", repr(e), type(e.__context__).__name__)

# generator already executing
def selfref():
    yield next(me)
me = selfref()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)

# exhausted generator
g = squares(1)
print(list(g), list(g), next(g, None))
try:
    g.send(1)
except StopIteration as e:
    print("send to exhausted:", repr(e))
# throw into a created generator
g = squares(3)
try:
    g.throw(ValueError("early"))
except ValueError as e:
    print("early throw", e, list(g))
# return value
def ret():
    yield 1
    return [1, 2]
g = ret()
next(g)
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.args)
# gen attributes
print(ret.__code__.co_flags & 0x20 != 0, type(ret()).__name__, ret().__name__, ret().__qualname__)
def outerf():
    def innerg():
        yield
    return innerg()
print(outerf().__qualname__)
