# vars() and dir() on simple classes and instances.
class Base:
    base_attr = 1
    def base_method(self):
        pass
class Point(Base):
    kind = "point"
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def norm(self):
        return abs(self.x) + abs(self.y)
p = Point(1, 2)
print(vars(p))
p.z = 3
print(vars(p), p.__dict__ is vars(p))
vars(p)["w"] = 4
print(p.w)
names = [n for n in dir(p) if not n.startswith("__")]
print(names)
print([n for n in dir(Point) if not n.startswith("__")])
print("__init__" in dir(p), "__class__" in dir(p), "__dict__" in dir(p), dir(p) == sorted(dir(p)))
print([k for k in vars(Point) if not k.startswith("__")], type(vars(Point)).__name__)
try:
    vars(5)
except TypeError as e:
    print(type(e).__name__, e)
class Slotted:
    __slots__ = ("a",)
try:
    vars(Slotted())
except TypeError as e:
    print(type(e).__name__, e)
class WithDir:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]
print(dir(WithDir()))
print([n for n in dir([]) if not n.startswith("_")])
print([n for n in dir(dict) if not n.startswith("_")])
