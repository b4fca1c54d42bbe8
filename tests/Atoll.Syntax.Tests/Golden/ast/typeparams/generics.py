def f[T](x: T) -> T: pass
def g[T: int, U: (str, bytes)](x: T, y: U): pass
def h[*Ts](*a: *Ts): pass
def i[**P](f: Callable[P, int]): pass
class A[T]: pass
class B[T, *Ts, **P](Base[T]): pass
class C[T: (int, str),](): pass
async def j[T](): pass
def k[T,](): pass
