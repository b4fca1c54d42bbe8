# A with statement in a generator body whose __exit__ raises: the new exception gets the body's as __context__,
# as in a plain function.
class CM:
    def __init__(self, mode):
        self.mode = mode

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.mode == "raise":
            raise ValueError("in exit")
        return self.mode == "suppress"


def g(mode):
    with CM(mode):
        yield 1
        raise KeyError("body")
    yield "after"


def f(mode):
    with CM(mode):
        raise KeyError("body")
    return "after"


for mode in ("raise", "suppress", "pass"):
    for run in (lambda: list(g(mode)), lambda: f(mode)):
        try:
            print(mode, run())
        except Exception as e:
            print(mode, repr(e), repr(e.__context__))
