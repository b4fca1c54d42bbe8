import a.b as c
from . import d
async def f():
    async with x as y:
        await z
    async for i in j:
        yield i
match command:
    case [x, *rest] if x is not None:
        pass
    case {"k": v} | Point(x=0):
        pass
    case _:
        pass
type Alias[T] = list[T]
match = case = type = _ = 1
lambda: None or True and not False
global g; nonlocal n; del d; raise r from e
