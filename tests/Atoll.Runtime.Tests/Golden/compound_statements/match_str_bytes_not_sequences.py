# str, bytes and bytearray never match sequence patterns; other sequences do.
for subject in ("ab", b"ab", bytearray(b"ab"), ["a", "b"], ("a", "b"), range(2), memoryview(b"ab")):
    match subject:
        case [x, y]:
            print(type(subject).__name__, "matched sequence pattern:", x, y)
        case str() | bytes() | bytearray():
            print(type(subject).__name__, "did not match the sequence pattern")
match "abc":
    case [*chars]:
        print("no", chars)
    case str(s) if len(s) == 3:
        print("strings need a class or literal pattern:", s)
match {"k": "v"}:
    case [k]:
        print("dicts are not sequences", k)
    case {"k": _}:
        print("dict matched mapping pattern instead")
