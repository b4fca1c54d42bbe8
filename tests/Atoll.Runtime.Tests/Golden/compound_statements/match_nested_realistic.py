# A small command interpreter using nested match patterns.
class Move:
    __match_args__ = ("dx", "dy")
    def __init__(self, dx, dy):
        self.dx, self.dy = dx, dy
def interpret(cmd):
    match cmd:
        case ["go", ("north" | "south") as direction]:
            return f"going {direction}"
        case ["go", direction]:
            return f"unknown direction {direction!r}"
        case ["pick", "up", *items] if items:
            return f"picking up {', '.join(items)}"
        case ["pick", "up"]:
            return "pick up what?"
        case {"action": "move", "by": Move(dx=0, dy=0)}:
            return "no movement"
        case {"action": "move", "by": Move(dx, dy)}:
            return f"moving by ({dx}, {dy})"
        case {"action": str(action), **extra} if extra:
            return f"action {action} with {sorted(extra)}"
        case (int(n) | float(n)) if n < 0:
            return f"negative number {n}"
        case int() | float():
            return "a number"
        case str() as text if text.startswith("#"):
            return "comment"
        case None:
            return "nothing"
        case _:
            return f"cannot interpret {cmd!r}"
commands = [["go", "north"], ["go", "up"], ["pick", "up", "key", "lamp"], ["pick", "up"],
            {"action": "move", "by": Move(0, 0)}, {"action": "move", "by": Move(1, -2)},
            {"action": "jump", "height": 3, "style": "x"}, {"action": "jump"}, -5, 2.5, "# note", None, ("go",)]
for c in commands:
    print(interpret(c))
