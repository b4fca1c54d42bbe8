# PEP 479 in async generators; a with statement whose __exit__ swallows GeneratorExit during close().
async def ag():
    raise StopIteration("x")
    yield
try:
    ag().__anext__().send(None)
except BaseException as e:
    print(type(e).__name__, e, repr(e.__cause__))
async def ag2():
    yield 1
    raise StopAsyncIteration
a = ag2()
try: a.__anext__().send(None)
except StopIteration: pass
try:
    a.__anext__().send(None)
except BaseException as e:
    print(type(e).__name__, e, repr(e.__cause__))
class Sup:
    def __enter__(self): return self
    def __exit__(self, *a):
        print("exit", a[0])
        return True
def gs():
    with Sup():
        yield 1
    yield "after with"
x = gs()
next(x)
try:
    x.close()
except RuntimeError as e:
    print(e)
def gs2():
    with Sup():
        yield 1
x = gs2()
next(x)
print(x.close())
