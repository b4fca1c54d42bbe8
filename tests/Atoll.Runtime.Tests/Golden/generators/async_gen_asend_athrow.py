# asend() and athrow() on async generators, driven manually.
class Tick:
    def __await__(self):
        yield
async def accum():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("  agen handled", repr(e))
            value = -100
        await Tick()
        total += value
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value
a = accum()
print(drive(a.asend(None)))
print(drive(a.asend(5)))
print(drive(a.asend(10)))
print(drive(a.athrow(ValueError("bad value"))))
try:
    drive(a.athrow(KeyError("unhandled")))
except KeyError as e:
    print("athrow propagated:", repr(e))
try:
    drive(a.asend(1))
except StopAsyncIteration:
    print("finished async generator raises StopAsyncIteration")
fresh = accum()
try:
    drive(fresh.asend(1))
except TypeError as e:
    print(type(e).__name__, e)
async def stops_on_throw():
    try:
        yield "first"
    except RuntimeError:
        return
s = stops_on_throw()
print(drive(s.asend(None)))
try:
    drive(s.athrow(RuntimeError))
except StopAsyncIteration:
    print("athrow -> generator returned -> StopAsyncIteration")
