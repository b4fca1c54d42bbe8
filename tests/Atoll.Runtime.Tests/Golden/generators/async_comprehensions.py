# Asynchronous comprehensions and await inside comprehensions, in a coroutine.
class Tick:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return x * 2
async def main():
    lst = [v async for v in agen(4)]
    st = {v % 2 async for v in agen(4)}
    dct = {v: await double(v) async for v in agen(3)}
    awaited = [await double(x) for x in range(3)]
    filtered = [v async for v in agen(6) if v % 2 if await double(v) > 2]
    nested = [[w async for w in agen(v)] async for v in agen(3)]
    gen = (v * 10 async for v in agen(3))
    from_gen = [x async for x in gen]
    return lst, st, dct, awaited, filtered, nested, type(gen).__name__, from_gen
def drive(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return e.value, ticks
print(drive(main()))
try:
    compile("def f():\n    return [x async for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    compile("def f():\n    return [await x for x in y]\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
