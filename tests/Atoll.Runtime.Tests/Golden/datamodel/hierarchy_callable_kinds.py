# Types of callables in the standard type hierarchy: generator, coroutine and async generator functions.
def f():
    return 1
def g():
    yield 1
async def c():
    return 1
async def ag():
    yield 1
class K:
    def m(self):
        pass
objs = [f(), g(), c(), ag()]
print([type(o).__name__ for o in objs])
objs[2].close()
print(type(f).__name__, type(g).__name__, type(c).__name__, type(ag).__name__)
print(type(K.m).__name__, type(K().m).__name__, type(len).__name__, type([].append).__name__, type(K).__name__)
print(type(K.__dict__["m"]).__name__, callable(int.__add__), callable((1).__add__), (1).__add__(2))
print(callable(f), callable(g()), callable(K), callable(K()), callable(len))
print(hasattr(g(), "__next__"), hasattr(ag(), "__anext__"), hasattr(objs[2], "send"))
