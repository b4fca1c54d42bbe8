# list.sort / sorted over keys of one simple kind (ints, floats, strs, tuples led by them) and mixed keys:
# order, stability (also with reverse=True), and errors, as CPython gives them.
words = ["w%d" % (i * 7919 % 53) for i in range(400)]
print(sorted(words)[:8], sorted(words)[-3:])
print(sorted(words, reverse=True)[:5])
nums = [(i * 7919) % 101 - 50 for i in range(300)]
print(sorted(nums)[:10], sorted(nums, reverse=True)[:5])
floats = [((i * 37) % 23) / 7 - 1.5 for i in range(100)]
print(sorted(floats)[:5], sorted(floats)[-2:])
nan = float("nan")
print(sorted([3.0, nan, 1.0, 2.0]), sorted([2, 1.5, True, -1, 10**30, -(10**30)]))

# Stability: equal keys keep their original order, forwards and reversed.
pairs = [(i % 7, "x%03d" % i) for i in range(60)]
print(sorted(pairs, key=lambda p: p[0])[:9])
print(sorted(pairs, key=lambda p: p[0], reverse=True)[:9])
print(sorted(pairs, key=lambda p: -p[0])[:5])

# Tuple keys led by ints, strs, floats; equal first items fall through to the rest (of any type).
counts = {("a", "b"): 3, ("a", "c"): 1, ("b", "a"): 3, ("c", "c"): 2, ("a", "a"): 1}
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
print(sorted([("b", 2), ("a", 3), ("b", 1), ("a", 3, 1), ("a",), ("a", None)][:5]))
print(sorted([(1.5, "z"), (0.5, "y"), (1.5, "a"), (-0.0, "m"), (0.0, "l")]))
print(sorted([(1, [3]), (0, [9]), (1, [2, 1])]), sorted([(True, 1), (1, 0), (0, 5)]))
print(sorted([(), (1,), (0, 1)]), sorted([(2, 1), (1,), (1, 0, 0)], reverse=True))

# Code point order of strs, including characters outside the BMP and around the surrogate range.
chars = ["\U0001F600", "\uffff", "\ue000", "z", "\u00e9", "A", "\U00010000", "a\U0001F600", "a\uffff"]
print([hex(ord(c[-1])) for c in sorted(chars)])

# Errors: mixed types that cannot be ordered, in plain and tuple keys.
for bad in ([1, "a"], [(1, 2), (1, "a")], [("a", 1), (2, 1)], [None, None, 1]):
    try:
        sorted(bad)
    except TypeError as e:
        print("TypeError:", e)
# A key function that raises; the list is left unchanged.
xs = [3, 1, 2]
try:
    xs.sort(key=lambda v: 1 // (v - 1))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e, xs)

# str.translate with every kind of mapping value, through a dict and through a dict subclass's __getitem__.
class Mapping(dict):
    def __getitem__(self, k):
        return super().__getitem__(k)


for table in ({97: "A", 98: None, 0xE9: 0x1F600}, Mapping({97: "A", 98: None, 0xE9: 0x1F600})):
    print("abcab\u00e9\u00e9".translate(table), "x" * 3 + "abc" * 2)
print("hello wörld".translate(str.maketrans("lo", "01", "h")), "naïve".translate({0xEF: "i"}))
