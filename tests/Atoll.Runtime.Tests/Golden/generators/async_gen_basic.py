# Async generators driven by hand: __anext__/asend return awaitables that complete with StopIteration(value).
class Tick:
    def __await__(self):
        yield "tick"
async def agen():
    print("  agen start")
    await Tick()
    yield 1
    await Tick()
    yield 2
    print("  agen end")
def drive(awaitable):
    ticks = 0
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
            ticks += 1
    except StopIteration as e:
        return ("value", e.value, ticks)
    except StopAsyncIteration:
        return ("StopAsyncIteration", None, ticks)
a = agen()
print(type(a).__name__, a.__name__, type(a.__anext__()).__name__ if False else "")
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(drive(a.__anext__()))
print(a.__aiter__() is a, hasattr(a, "__next__"))
async def collect():
    return [v async for v in agen()]
print(drive(collect()))
try:
    compile("async def f():\n    yield 1\n    return 2\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("async def f():\n    yield from []\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
async def empty():
    return
    yield
print(drive(empty().__anext__()))
