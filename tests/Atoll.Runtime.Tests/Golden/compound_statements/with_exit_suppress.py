# __exit__ return values decide suppression; exceptions in __enter__ and __exit__.
class CM:
    def __init__(self, result):
        self.result = result
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        print("__exit__ got", et.__name__ if et else None, "returns", repr(self.result))
        return self.result
for result in (True, 1, "yes", [1], False, None, 0, ""):
    try:
        with CM(result):
            raise ValueError("boom")
        print("suppressed")
    except ValueError:
        print("propagated")
class EnterFails:
    def __enter__(self):
        raise KeyError("enter")
    def __exit__(self, *a):
        print("__exit__ is not called when __enter__ fails")
try:
    with EnterFails():
        print("body not run")
except KeyError as e:
    print("KeyError from __enter__:", e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        raise RuntimeError("from __exit__")
try:
    with ExitRaises():
        raise ValueError("body")
except RuntimeError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print(repr(e), "context:", e.__context__)
class Reraise:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if ev is not None:
            raise ev
try:
    with Reraise():
        raise TypeError("re-raised from __exit__")
except TypeError as e:
    print(repr(e))
def suppress_return():
    with CM(True):
        return "return passes through __exit__"
print(suppress_return())
for i in range(3):
    with CM(True):
        if i == 1:
            continue
        if i == 2:
            break
        print("loop body", i)
class Lookup:
    pass
inst = Lookup()
inst.__enter__ = lambda: None
inst.__exit__ = lambda *a: None
try:
    with inst:
        pass
except TypeError as e:
    print(type(e).__name__, e)
