# __match_args__ customizes positional sub-patterns in class patterns.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
def describe(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Point(x, y=5):
            return f"x={x} with y=5"
        case Point(x, y):
            return f"point {x},{y}"
for p in (Point(0, 0), Point(0, 3), Point(4, 0), Point(1, 5), Point(2, 2)):
    print(describe(p))
class NoArgs:
    pass
try:
    match NoArgs():
        case NoArgs(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class TooFew:
    __match_args__ = ("a",)
    a = 1
try:
    match TooFew():
        case TooFew(1, 2):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Dup:
    __match_args__ = ("a",)
    a = 1
try:
    match Dup():
        case Dup(1, a=1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class BadType:
    __match_args__ = ["a"]
try:
    match BadType():
        case BadType(1):
            pass
except TypeError as e:
    print(type(e).__name__, e)
class Missing:
    __match_args__ = ("nope",)
match Missing():
    case Missing(x):
        print("matched", x)
    case _:
        print("missing attribute means no match")
print(Point.__match_args__)
