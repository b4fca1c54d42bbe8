# async for over async iterators and async generators, with else and break.
class Tick:
    def __await__(self):
        yield "tick"
class AsyncRange:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def agen(n):
    for i in range(n):
        await Tick()
        yield i * 10
async def main():
    out = []
    async for v in AsyncRange(3):
        out.append(v)
    else:
        out.append("else")
    async for v in agen(5):
        if v == 30:
            break
        if v == 10:
            continue
        out.append(v)
    else:
        out.append("not reached")
    out.append([v async for v in agen(3)])
    out.append({v: v async for v in AsyncRange(2)})
    out.append([v async for v in agen(4) if v > 10])
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
try:
    compile("def f():\n    async for x in y:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
