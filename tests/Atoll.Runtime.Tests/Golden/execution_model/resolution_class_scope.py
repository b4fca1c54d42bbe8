# Class scope is skipped when resolving names in nested functions.
x = "global"
class C:
    x = "class attribute"
    y = x
    def method(self):
        return x
    def method2(self):
        return self.x, C.x
    lam = lambda self: x
    def nested(self):
        def inner():
            return x
        return inner()
c = C()
print(C.y, c.method(), c.method2(), c.lam(), c.nested())
def func():
    x = "function local"
    class Inner:
        print("class body sees enclosing function:", x)
        x = "Inner class attr"
        print("after assignment:", x)
        def m(self):
            return x
    return Inner().m()
print(func())
def func2():
    y = "enclosing"
    class Inner:
        z = y
        def m(self):
            return y
    return Inner.z, Inner().m()
print(func2())
class Counter:
    n = 0
    def bump(self):
        try:
            n += 1
        except UnboundLocalError as e:
            return f"{type(e).__name__}: {e}"
print(Counter().bump())
def func3():
    v = "free"
    class K:
        v = "class-level"
        def get(self):
            return v
    return K().get()
print(func3())
