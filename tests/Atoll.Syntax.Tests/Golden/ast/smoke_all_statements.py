import os, sys as s
from . import (a as b, c)
x = 1 + 2 * 3 ** -4
def f(a, /, b: int = 1, *c, d, **e) -> x:
    """doc"""
    return [i for i in range(10) if i % 2]
class A(B, metaclass=M):
    y: int = 0
    @property
    def g(self): yield from self
if x and not y or z:
    pass
elif q < 3 <= w:
    del a[1:2, ::3], b.c
else:
    x += 1
try:
    raise E from None
except (A, B) as e:
    pass
finally:
    pass
with open(f) as g, h:
    print(f"a{b!r:>{w}}c {x=}", 'x' "y", b'z')
match p:
    case [1, *rest] | {"k": v, **kw} if v:
        pass
    case Point(x=0, y=_) as pt:
        pass
lambda x, *y, **z: (x, y, z)
type T[X: int, *Ts, **P] = list[X]
async def co():
    async for a in b:
        await c
    async with d as e: pass
x = 1.5e10 + 0x_ff + 1j + 10_000
