def f(a, b):
    # type: (int, str) -> bool
    return True

def g(a,  # type: int
      b,  # type: str
      ):
    # type: (...) -> None
    pass

def h(): # type: () -> None
    pass

async def k(x):
    # type: (int) -> int
    return x

def m(a, *args, **kwargs):  # type: (int, *str, **float) -> None
    pass
