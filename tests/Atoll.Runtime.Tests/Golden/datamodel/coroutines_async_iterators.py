# Asynchronous iterators: __aiter__/__anext__ raising StopAsyncIteration, used in async for.
class Step:
    def __await__(self):
        yield "tick"
class Countdown:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        print("__aiter__")
        return self
    async def __anext__(self):
        await Step()
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n
async def main():
    out = []
    async for v in Countdown(3):
        out.append(v)
    else:
        out.append("else")
    return out
def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(run(main()))
class NoAiter:
    pass
async def bad():
    async for x in NoAiter():
        pass
try:
    run(bad())
except TypeError as e:
    print(type(e).__name__, e)
class BadAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 5
async def bad2():
    async for x in BadAnext():
        pass
try:
    run(bad2())
except TypeError as e:
    print(type(e).__name__, e)
