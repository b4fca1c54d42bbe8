# Sequence patterns: fixed length, star captures, nesting; which types count as sequences.
def seq(x):
    match x:
        case []:
            return "empty"
        case [a]:
            return f"one: {a}"
        case [a, b]:
            return f"two: {a}, {b}"
        case [first, *middle, last] if len(middle) == 1:
            return f"three: {first} {middle} {last}"
        case [0, *rest]:
            return f"starts with 0, rest={rest}"
        case [*_, "end"]:
            return "ends with 'end'"
        case [[x, y], *_]:
            return f"nested pair first: {x}, {y}"
        case (a, b, c, d):
            return f"four (parens same as brackets): {a}{b}{c}{d}"
        case _:
            return "other"
for v in ([], [1], (1, 2), [1, 2, 3], [0, 9, 9, 9], ["a", "b", "c", "end"], [[1, 2], 3, 4, 5, 6], range(4), "ab", b"ab",
          {1: 2}, {1, 2}, bytearray(b"ab"), [1, 2, 3, 4, 5]):
    print(repr(v), "->", seq(v))
match iter([1]):
    case [x]:
        print("iterators are not sequences")
    case _:
        print("an iterator does not match a sequence pattern")
match [1, 2, 3]:
    case [*all_items]:
        print("star alone:", all_items)
match (1, 2):
    case [a, b]:
        print("tuple matched list pattern; star capture is list:", type(a).__name__)
match [1, [2, [3, [4]]]]:
    case [_, [_, [_, [deep]]]]:
        print("deep:", deep)
match (1, 2, 3):
    case (1, *rest):
        print("rest from tuple is a list:", rest)
class MySeq:
    def __len__(self):
        return 2
    def __getitem__(self, i):
        return [10, 20][i]
match MySeq():
    case [a, b]:
        print("custom class is not a sequence, matched?", a, b)
    case _:
        print("custom class without registering as Sequence is not matched")
