def g():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from z
    await_ = (yield)
    return (yield 1)
async def h():
    await x
    await x.y()
    (await x) ** 2
    await x ** 2
    -await x
    [await x for x in y]
