async def f():
    yield from range(3)
