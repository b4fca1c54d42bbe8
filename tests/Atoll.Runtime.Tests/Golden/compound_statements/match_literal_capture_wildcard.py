# match: literal patterns, capture patterns, wildcard, and first-match-wins.
def lit(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2:
            return "one or two"
        case -1:
            return "minus one"
        case 1.5:
            return "one and a half"
        case 2j:
            return "imaginary"
        case 1 + 2j:
            return "complex"
        case "hello":
            return "greeting"
        case b"bytes":
            return "bytes literal"
        case "con" "cat":
            return "concatenated literal"
        case True:
            return "True (identity)"
        case None:
            return "None"
        case _:
            return f"wildcard: {x!r}"
for v in (0, 1, 2, -1, 1.5, 2j, 1 + 2j, "hello", b"bytes", "concat", True, None, 1.0, 0.0, False, "other"):
    print(repr(v), "->", lit(v))
def capture(x):
    match x:
        case name:
            return f"captured {name!r}"
print(capture([1, 2]))
match 42:
    case value:
        pass
print("capture binds after match:", value)
match "unused":
    case _:
        print("wildcard does not bind")
print("_" in globals())
for bad in ("match x:\n    case a:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
            "match x:\n    case a | b:\n        pass\n",
            "match x:\n    case [a, a]:\n        pass\n",
            "match x:\n    case 1 + 1:\n        pass\n"):
    try:
        compile(bad, "<s>", "exec")
        print("compiled")
    except SyntaxError as e:
        print(e.msg)
match = "match is a soft keyword"
case = 5
print(match, case)
