# Exception attributes: args, __cause__, __context__, __suppress_context__, __traceback__.
e = ValueError("msg", 42)
print(e.args, e.__cause__, e.__context__, e.__suppress_context__, e.__traceback__)
try:
    raise e
except ValueError as caught:
    print(caught is e, caught.__traceback__ is not None, type(caught.__traceback__).__name__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("during handling")
except KeyError as k:
    print(repr(k.__context__), k.__cause__, k.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError as z:
        raise KeyError("explicit") from z
except KeyError as k:
    print(repr(k.__cause__), repr(k.__context__), k.__suppress_context__, k.__cause__ is k.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise KeyError("from none") from None
except KeyError as k:
    print(k.__cause__, repr(k.__context__), k.__suppress_context__)
x = RuntimeError("r")
x.args = ("replaced",)
print(x, x.args)
x.__cause__ = ValueError("set manually")
print(x.__suppress_context__, repr(x.__cause__))
try:
    x.__cause__ = "not an exception"
except TypeError as t:
    print(type(t).__name__, t)
print(KeyError("k").args, str(KeyError("k")), str(KeyError()), str(KeyError("a", "b")), str(OSError(2, "No such")))
err = OSError(2, "No such file")
print(err.errno, err.strerror, err.args)
print(StopIteration(7).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
print(ImportError("m", name="modname").name, NameError("n", name="nm").name, AttributeError("a", name="at", obj=5).obj)
ue = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
print(ue.encoding, ue.object, ue.start, ue.end, ue.reason, str(ue))
class WithInit(Exception):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
w = WithInit(1, 2)
print(w.args, w.b, str(w), repr(w))
