def f():
    async_ = 1
    awaitable = 2
    return async_, awaitable
await x
async with a:
    pass
async for x in y:
    pass
[x async for x in y]
