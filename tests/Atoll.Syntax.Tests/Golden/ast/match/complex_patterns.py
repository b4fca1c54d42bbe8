match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case Click(position=(x, y), button=Button.LEFT | Button.RIGHT as b) if x > 0:
        pass
    case {"x": int(x), "y": [*_, (1 | 2) as last], **rest} if rest:
        pass
    case str() | bytes():
        pass
    case [Point(x=0, y=0), *others]:
        pass
    case {0: [1, {"a": (b, c)}]}:
        pass
    case -0j | 1.5 - 2.5j | -3 + 4j:
        pass
    case "a" "b" | b"c" b"d":
        pass
    case ((a, b) | [a, b]) as c:
        pass
    case _:
        pass
match (a, b):
    case (1, 2):
        pass
match a, *b:
    case [1, *_]:
        pass
match x,:
    case (y,):
        pass
match x := f():
    case _:
        pass
match await_ or x:
    case y if (z := y):
        pass
