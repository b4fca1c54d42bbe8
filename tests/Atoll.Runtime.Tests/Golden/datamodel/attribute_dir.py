# __dir__ customization and dir() on instances, classes and modules.
class Custom:
    def __dir__(self):
        return ["b", "a", "c", "a"]
print(dir(Custom()))
class TupleDir:
    def __dir__(self):
        return ("z", "y")
print(dir(TupleDir()))
class Bad:
    def __dir__(self):
        return 5
try:
    dir(Bad())
except TypeError as e:
    print(type(e).__name__, e)
class P:
    a = 1
    def m(self):
        pass
class Q(P):
    b = 2
q = Q()
q.c = 3
print([n for n in dir(q) if not n.startswith("_")], [n for n in dir(Q) if not n.startswith("_")])
print("__module__" in dir(Q), "mro" in dir(Q), "mro" in dir(type))
x = 1
def fn():
    local1 = 1
    local2 = 2
    return dir()
print(fn())
print("x" in dir(), "fn" in dir(), "__name__" in dir())
