# Type parameter lists on functions (PEP 695).
def first[T](items: list[T]) -> T:
    return items[0]
print(first([3, 2, 1]), first.__type_params__)
T = first.__type_params__[0]
print(type(T).__name__, T.__name__, T.__bound__, T.__constraints__)
print(first.__annotations__)
def pair[K, V](k: K, v: V) -> tuple[K, V]:
    return (k, v)
print(pair("a", 1), [p.__name__ for p in pair.__type_params__])
def bounded[N: int](x: N) -> N:
    return x
B = bounded.__type_params__[0]
print(B.__name__, B.__bound__, B.__constraints__)
def constrained[S: (str, bytes)](x: S) -> S:
    return x
C = constrained.__type_params__[0]
print(C.__name__, C.__bound__, C.__constraints__)
def variadic[*Ts, **P](*args: *Ts) -> None:
    pass
print([type(p).__name__ for p in variadic.__type_params__], [p.__name__ for p in variadic.__type_params__])
def no_params():
    pass
print(no_params.__type_params__)
T = "module-level T is not affected"
print(T)
def scoped[T]():
    return T
print(scoped().__name__, scoped() is scoped.__type_params__[0])
try:
    compile("def f[T, T](): pass", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
