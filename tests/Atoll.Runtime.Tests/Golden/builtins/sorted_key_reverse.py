# sorted() with key and reverse; stability; list.sort().
words = ["banana", "Apple", "cherry", "apple", "Banana", "date"]
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
print(sorted(words, reverse=True))
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs))
print(sorted(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0], reverse=True))
print(sorted("hello"), sorted((3, 1, 2)), sorted({3: 0, 1: 0}), sorted(range(5), key=lambda x: -x))
print(sorted([]), sorted([1]), sorted([3, 1.5, 2, True]))
lst = [5, 2, 8, 1]
res = lst.sort()
print(res, lst)
lst.sort(reverse=True)
print(lst)
lst.sort(key=lambda x: x % 3)
print(lst)
try:
    sorted([1, "a", 2])
except TypeError as e:
    print(type(e).__name__, e)
try:
    sorted([1, 2], lambda x: x)
except TypeError as e:
    print(type(e).__name__, e)
class K:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return self.v < other.v
    def __repr__(self):
        return f"K({self.v})"
print(sorted([K(3), K(1), K(2)]))
print(sorted([[2, 1], [1, 9], [1, 2, 3], [1]]))
