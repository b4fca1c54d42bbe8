async def f():
    def g[T: (await h())](): pass
