type A[T = int] = list[T]
type B[T: int = bool] = T
type C[*Ts = *tuple[int, str]] = tuple[*Ts]
type D[**P = [int, str]] = P
type E[T, U = T] = dict[T, U]
def f[T = int](): pass
def g[T: (int, str) = str, *Ts = *tuple[()], **P = ...](): pass
class K[T = int, U: str = "s"]: pass
