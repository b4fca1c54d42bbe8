# Async generators and coroutines: athrow/aclose/asend edge cases, ag_running, cr_await chains, close during await.
class Tick:
    def __init__(self, tag="tick"):
        self.tag = tag
    def __await__(self):
        got = yield self.tag
        return got

def drive(aw, sends=()):
    it = aw.__await__() if hasattr(aw, "__await__") else aw
    sends = list(sends)
    out = []
    try:
        v = it.send(None)
        while True:
            out.append(v)
            v = it.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        out.append(("done", e.value))
    except StopAsyncIteration:
        out.append("StopAsyncIteration")
    return out

async def agen():
    try:
        x = await Tick("t1")
        y = yield ("first", x)
        z = await Tick("t2")
        yield ("second", y, z)
    except KeyError as e:
        yield ("caught", repr(e))
    finally:
        await Tick("cleanup")
        print("  agen finally")

a = agen()
print(drive(a.asend(None), ["x"]))
print(drive(a.asend("y"), ["z"]))
print(drive(a.athrow(KeyError("k"))))
print(drive(a.__anext__(), [None]))
print(drive(a.__anext__()))
print(a.ag_running, a.ag_frame, a.ag_await)

# athrow on a fresh generator raises the exception, generator is closed
b = agen()
try:
    drive(b.athrow(ValueError("fresh")))
except ValueError as e:
    print("athrow fresh:", e)
print(drive(b.__anext__()))

# athrow that is not caught propagates; generator finishes
c = agen()
drive(c.__anext__())
try:
    print(drive(c.athrow(TypeError("uncaught"))))
except TypeError as e:
    print("propagated:", e)

# ag_await while suspended in an await inside the async generator
d = agen()
step = d.__anext__()
it = step.__await__()
print(it.send(None), type(d.ag_await).__name__, d.ag_running)
try:
    it.send("v")
except StopIteration as e:
    print("step value", e.value)
print(drive(d.aclose()))

# reusing an awaitable
e = agen()
s = e.__anext__()
drive(s, ["again"])
try:
    drive(s)
except RuntimeError as err:
    print(type(err).__name__, err)
drive(e.aclose())

# async generator returning early, asend after exhaustion
async def short():
    yield 1
f = short()
print(drive(f.__anext__()), drive(f.__anext__()), drive(f.__anext__()))

# coroutine cr_await chain and close during await
async def leaf():
    try:
        await Tick("leaf")
    finally:
        print("  leaf finally")
async def mid():
    try:
        await leaf()
    finally:
        print("  mid finally")
co = mid()
print(co.send(None), type(co.cr_await).__name__, co.cr_await.cr_await.__class__.__name__)
co.close()
print(co.cr_await, co.cr_frame)

# throw into a coroutine awaiting a custom awaitable without throw()
class NoThrow:
    def __await__(self):
        return iter(["nt"])
async def awaiting_nothrow():
    try:
        await NoThrow()
    except KeyError:
        return "handled KeyError"
co = awaiting_nothrow()
print(co.send(None))
try:
    co.throw(KeyError("x"))
except StopIteration as e:
    print("result", e.value)

# async with / async for combos with suspension everywhere
class ACM:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow
    async def __aenter__(self):
        await Tick("enter " + self.name)
        return self.name
    async def __aexit__(self, t, v, tb):
        await Tick("exit " + self.name)
        print("  aexit", self.name, t.__name__ if t else None)
        return self.swallow

class ARange:
    def __init__(self, n):
        self.i = 0
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick("anext")
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i

async def combo():
    out = []
    async with ACM("a") as a, ACM("b", swallow=True) as b:
        async for i in ARange(2):
            out.append((a, b, i, await Tick("body")))
        raise ValueError("swallowed by b")
    async for i in ARange(3):
        if i == 2:
            continue
        async with ACM("c"):
            out.append(i)
            if i == 3:
                break
    else:
        out.append("else")
    return out

res = drive(combo())
print(len(res), res[-1])

async def ret_in_async_with():
    async with ACM("r"):
        return "returned"
print(drive(ret_in_async_with()))

async def break_in_async_for():
    async for i in ARange(5):
        async with ACM("x"):
            if i == 2:
                break
    return i
print(drive(break_in_async_for())[-1])

# await on a coroutine that raises StopIteration -> RuntimeError
async def bad():
    raise StopIteration
async def awaits_bad():
    try:
        await bad()
    except RuntimeError as e:
        return ("RuntimeError", str(e))
print(drive(awaits_bad()))

# async generator expression in a coroutine, with await in it
async def double(x):
    await Tick()
    return 2 * x
async def agenexpr():
    g = (await double(x) async for x in ARange(3))
    return [v async for v in g], type(g).__name__
print(drive(agenexpr())[-1])

# an async comprehension's variables do not leak, and closures capture them per comprehension
async def scoping():
    x = "outer"
    fs = [lambda: x async for x in ARange(3)]
    ys = [x async for x in ARange(2) if await double(x) > 2]
    return x, [f() for f in fs], ys
print(drive(scoping())[-1])

# an exception inside an async comprehension propagates and leaves no iteration state behind
async def failing():
    try:
        return [1 / (x - 2) async for x in ARange(3)]
    except ZeroDivisionError as e:
        return "ZeroDivisionError " + str(e)
print(drive(failing())[-1])
