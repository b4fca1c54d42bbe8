def f(a: int, b: str = "x", /, c: list[int] = [], *args: int, d: 'D', e: E = None, **kw: dict) -> None:
    pass
def g(*args: *Ts): pass
def h() -> tuple[int, ...]: pass
def i(x: (yield)) -> (await y): pass
def j(a: lambda: 0 = 1): pass
x: list[int] = []
y: "forward"
