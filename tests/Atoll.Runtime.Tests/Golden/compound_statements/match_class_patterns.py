# Class patterns with keyword and positional sub-patterns, isinstance checks, inheritance.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z
class Circle:
    def __init__(self, r):
        self.r = r
def where(obj):
    match obj:
        case Point3(x, y, z=0):
            return f"3D point on plane: {x},{y}"
        case Point(x=0, y=0):
            return "origin (keywords)"
        case Point(0, y):
            return f"y axis {y}"
        case Point3(_, _, z):
            return f"3D point z={z}"
        case Point():
            return "some point"
        case Circle(r=radius) if radius > 10:
            return f"big circle {radius}"
        case Circle(r=radius):
            return f"circle {radius}"
        case object(__class__=cls):
            return f"something else: {cls.__name__}"
for o in (Point3(1, 2, 0), Point(0, 0), Point(0, 5), Point3(1, 1, 9), Point(3, 4), Circle(20), Circle(2), "s"):
    print(where(o))
match Point(1, 2):
    case Point(x=1, z=3):
        print("missing attribute")
    case Point(y=yy, x=xx):
        print("keywords in any order:", xx, yy)
not_a_class = 5
try:
    match 5:
        case not_a_class.real():
            pass
except TypeError as e:
    print(type(e).__name__, e)
