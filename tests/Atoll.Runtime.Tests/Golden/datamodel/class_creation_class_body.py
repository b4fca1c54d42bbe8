# The class body executes like a function body; __module__, __qualname__, order of execution.
print("before")
class C:
    print("in class body, __module__ =", __module__, "__qualname__ =", __qualname__)
    x = 1
    y = x * 2
    for i in range(3):
        pass
    del i
    if y > 1:
        z = "conditional"
    def method(self):
        return x if False else "methods do not see class scope"
    print("locals keys:", sorted(k for k in locals() if not k.startswith("__")))
print("after")
print(C.x, C.y, C.z, C().method(), hasattr(C, "i"))
class Outer:
    class Inner:
        class Innermost:
            pass
    def m(self):
        class Local:
            pass
        return Local
print(Outer.Inner.__qualname__, Outer.Inner.Innermost.__qualname__, Outer().m().__qualname__, Outer.Inner.__name__)
class WithDoc:
    "the doc"
print(WithDoc.__doc__, C.__doc__)
class ReturnLike:
    value = [n * n for n in range(3)]
print(ReturnLike.value)
