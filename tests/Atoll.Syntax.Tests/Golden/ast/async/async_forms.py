async def f():
    pass
async def g(a, *, b) -> int:
    await a
    async for x in y:
        pass
    async for x in y:
        pass
    else:
        pass
    async with a as b, c:
        pass
    async with (a as b, c as d):
        pass
    return [x async for x in y]
async def h():
    a = {x async for x in y if await x}
    b = {k: v async for k, v in y}
    c = (x async for x in y)
    d = [await x for x in y]
    e = [x for x in y async for z in x]
    yield x
class C:
    async def m(self):
        await super().m()
