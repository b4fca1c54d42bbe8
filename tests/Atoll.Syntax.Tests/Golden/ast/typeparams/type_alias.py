type A = int
type B[T] = list[T]
type C[T: int] = dict[str, T]
type D[*Ts] = tuple[*Ts]
type E[**P] = Callable[P, None]
type F[T, *Ts, **P] = G[T, *Ts, P]
type = 1
type.x = 2
type(x)
type[int]
print(type)
match type:
    case type: pass
type Recursive = list[Recursive] | int
