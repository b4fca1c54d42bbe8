# Awaitables: __await__ returning an iterator, coroutine objects driven by send().
class Ready:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        print("Ready.__await__")
        return iter([])  # completes immediately
        yield
class Suspend:
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        got = yield f"suspended at {self.tag}"
        print("resumed with", got)
        return f"result of {self.tag}"
async def work():
    a = await Suspend("first")
    b = await Suspend("second")
    return a, b
coro = work()
print(type(coro).__name__, coro.__name__, coro.__qualname__)
print(coro.send(None))
print(coro.send("x"))
try:
    coro.send("y")
except StopIteration as e:
    print("StopIteration value:", e.value)
class GenAwait:
    def __await__(self):
        yield "step"
        return 42
async def use():
    return await GenAwait()
c = use()
print(c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
class BadAwait:
    def __await__(self):
        return 5
async def bad():
    await BadAwait()
try:
    bad().send(None)
except TypeError as e:
    print(type(e).__name__, e)
async def not_awaitable():
    await 3
try:
    not_awaitable().send(None)
except TypeError as e:
    print(type(e).__name__, e)
