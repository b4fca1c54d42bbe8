# aclose() on async generators runs finally blocks; yielding during aclose is an error.
class Tick:
    def __await__(self):
        yield
def drive(awaitable):
    it = awaitable.__await__()
    try:
        while True:
            it.send(None)
    except StopIteration as e:
        return e.value
async def resource():
    try:
        yield "a"
        yield "b"
    finally:
        await Tick()
        print("  async finally (awaited during aclose)")
r = resource()
print(drive(r.__anext__()))
print(drive(r.aclose()))
try:
    drive(r.__anext__())
except StopAsyncIteration:
    print("closed generator is exhausted")
async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield "refuses to close"
s = stubborn()
drive(s.__anext__())
try:
    drive(s.aclose())
except RuntimeError as e:
    print(type(e).__name__, e)
unstarted = resource()
print(drive(unstarted.aclose()))
print("aclose on an unstarted async generator does nothing")
async def main():
    out = []
    gen = resource()
    async for v in gen:
        out.append(v)
        break
    await gen.aclose()
    return out
print(drive(main()))
