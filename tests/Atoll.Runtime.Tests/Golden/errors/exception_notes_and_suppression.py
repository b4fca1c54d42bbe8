# __notes__ of several kinds, raise ... from None inside a handler, and a context that is shown again.
class Odd:
    def __str__(self):
        raise RuntimeError("no str")
def lookup(d, k):
    try:
        return d[k]
    except KeyError:
        raise LookupError(f"no {k!r}") from None
try:
    lookup({}, "x")
except LookupError as e:
    print(repr(e), e.__cause__, e.__suppress_context__, repr(e.__context__))
err = TypeError("with notes")
err.add_note("first note")
err.add_note("multi\nline note")
err.__notes__.append(Odd())
try:
    err.add_note(5)
except TypeError as e:
    print(e)
def outer():
    try:
        1 / 0
    except ZeroDivisionError:
        try:
            raise err
        finally:
            print("finally runs")
outer()
