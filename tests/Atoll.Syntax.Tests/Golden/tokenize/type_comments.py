x = []  # type: List[int]
def f(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass
y = g()  # type: ignore
z = h()  # type: ignore[attr-defined]
for i in range(3):  # type: int
    pass
