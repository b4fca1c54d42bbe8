# Mapping patterns: keys, extra keys allowed, **rest, value patterns as keys, get() protocol.
def mp(x):
    match x:
        case {"type": "point", "x": px, "y": py}:
            return f"point({px}, {py})"
        case {"type": "circle", **rest}:
            return f"circle with rest {rest}"
        case {1: one, 2: _}:
            return f"int keys, one={one}"
        case {}:
            return "any mapping (even non-empty)"
        case _:
            return "not a mapping"
for v in ({"type": "point", "x": 1, "y": 2, "extra": 0}, {"type": "circle", "r": 5, "c": 0},
          {1: "a", 2: "b", 3: "c"}, {}, {"other": 1}, [("type", "point")], "str"):
    print(repr(v), "->", mp(v))
class K:
    KEY = "dotted"
match {"dotted": 42}:
    case {K.KEY: v}:
        print("value pattern as key:", v)
class Defaulting(dict):
    def __missing__(self, key):
        return "missing value"
match Defaulting(a=1):
    case {"b": b}:
        print("__missing__ used?", b)
    case _:
        print("mapping patterns use get(), so __missing__ is not consulted")
match {"a": 1, "b": 2}:
    case {"a": 1, **others}:
        print("others:", others, type(others).__name__)
match {"a": {"nested": [1, 2]}}:
    case {"a": {"nested": [_, second]}}:
        print("nested mapping and sequence:", second)
try:
    compile("match x:\n    case {'a': 1, 'a': 2}:\n        pass\n", "<s>", "exec")
except SyntaxError as e:
    print(e.msg)
try:
    match {"a": 1}:
        case {"a": 1, **rest} if rest == {}:
            print("empty rest with guard")
except Exception as e:
    print(type(e).__name__, e)
