for x in y:  # type: int
    pass
async def f():
    async for x in y:  # type: str
        pass
    async with a as b:  # type: Foo
        pass
with open(f) as g:  # type: IO[str]
    pass
with a as b, c as d:  # type: (A, B)
    pass
for i, j in z:  # type: int, int
    pass
