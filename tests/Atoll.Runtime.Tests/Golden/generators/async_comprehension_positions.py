# Async comprehensions and awaits in comprehensions in every position: genexpr iterables, defaults, nested, conditions.
class Tick:
    def __await__(self):
        yield
async def agen(n):
    for i in range(n):
        await Tick()
        yield i
async def double(x):
    await Tick()
    return 2 * x
def drive(c):
    try:
        while True:
            c.send(None)
    except StopIteration as e:
        return e.value
async def main():
    g = (x + 1 for x in [y async for y in agen(3)])
    out = [list(g)]
    out.append(sum(x for x in [await double(i) for i in range(4)]))
    def f(a=[v async for v in agen(2)], *, b=await double(5)):
        return a, b
    out.append(f())
    out.append({k: [await double(k) for _ in range(2)] async for k in agen(2)})
    out.append([[await double(i * j) for j in range(3)] for i in range(3)])
    out.append([x async for x in agen(5) if x % 2 async for _ in agen(1)] if await double(1) else None)
    return out
print(drive(main()))
def gen():
    g2 = (c for c in (yield "iter"))
    yield list(g2)
it = gen()
print(next(it), it.send("abc"))
