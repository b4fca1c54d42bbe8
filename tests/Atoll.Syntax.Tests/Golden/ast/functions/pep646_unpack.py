def f(*args: *tuple[int, ...]): pass
def g(*args: *Ts) -> tuple[*Ts]: pass
x: tuple[*Ts]
y: Array[int, *Shape]
def h[*Ts](*args: *Ts): pass
z: dict[str, *tuple[int]]
