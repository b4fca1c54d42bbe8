# Value patterns (dotted names compared with ==) and group patterns.
class Color:
    RED = "red"
    GREEN = "green"
class Const:
    class Nested:
        LIMIT = 10
def classify(c):
    match c:
        case Color.RED:
            return "is red"
        case Color.GREEN:
            return "is green"
        case Const.Nested.LIMIT:
            return "is the limit"
        case (1):
            return "group around literal"
        case (x):
            return f"group around capture: {x}"
for c in ("red", "green", 10, 10.0, 1, "blue"):
    print(repr(c), "->", classify(c))
class Eq:
    def __eq__(self, other):
        print("Eq.__eq__ called with", repr(other))
        return other == "special"
class Holder:
    val = Eq()
match "special":
    case Holder.val:
        print("matched via __eq__")
match "x":
    case Holder.val:
        print("no")
    case _:
        print("value pattern compares with ==, subject on the right")
