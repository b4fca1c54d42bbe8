# Exception notes: add_note and __notes__.
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
e.add_note("second note")
print(e.__notes__, str(e))
try:
    e.add_note(42)
except TypeError as t:
    print(type(t).__name__, t)
def work():
    try:
        raise KeyError("k")
    except KeyError as k:
        k.add_note("added while handling")
        raise
try:
    work()
except KeyError as k:
    print(k.__notes__)
e2 = RuntimeError()
e2.__notes__ = ["assigned directly"]
e2.add_note("then added")
print(e2.__notes__)
e3 = RuntimeError()
e3.__notes__ = "not a list"
try:
    e3.add_note("x")
except TypeError as t:
    print(type(t).__name__, t)
