# OR patterns, AS patterns, guards; binding rules and evaluation order of guards.
def f(x):
    match x:
        case 1 | 2 | 3 as small:
            return f"small {small}"
        case [1 | 2 as a, (3 | 4) as b]:
            return f"pair {a} {b}"
        case (str() | bytes()) as text:
            return f"text {text!r}"
        case [x, y] | (x, y, _):
            return f"x={x} y={y}"
        case {"k": (int() | float()) as num}:
            return f"number {num}"
        case _:
            return "other"
for v in (2, [2, 4], [2, 5], "s", b"b", ["p", "q"], ("p", "q", "r"), {"k": 1.5}, {"k": "no"}):
    print(repr(v), "->", f(v))
def g(x):
    match x:
        case int(n) if (print(f"  guard 1 for {n}") or n > 10):
            return "big"
        case int(n) if n % 2 == 0:
            return "even"
        case [a, b] if a == b:
            return "equal pair"
        case [a, b]:
            return "unequal pair"
        case _:
            return "odd"
for v in (20, 4, 3, [1, 1], [1, 2]):
    print(repr(v), "->", g(v))
match [1, 2]:
    case [a, b] if a > b:
        pass
    case _:
        print("guard failed; captures may still be bound:", a, b)
for bad in ("match x:\n    case a | 1:\n        pass\n", "match x:\n    case [a] | [b]:\n        pass\n",
            "match x:\n    case 1 as _:\n        pass\n"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
