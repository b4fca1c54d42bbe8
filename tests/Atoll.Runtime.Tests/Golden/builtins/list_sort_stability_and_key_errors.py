# list.sort: stability, key functions called once per item, exceptions during sort, and mutation detection.
data = [("b", 2), ("a", 2), ("c", 1), ("a", 1)]
print(sorted(data, key=lambda p: p[1]))
print(sorted(sorted(data, key=lambda p: p[0]), key=lambda p: p[1]))
calls = []
def key(x):
    calls.append(x)
    return -x
print(sorted([3, 1, 2], key=key), calls)
class Bad:
    def __lt__(self, other):
        raise RuntimeError("comparison failed")
try:
    sorted([Bad(), Bad()])
except RuntimeError as e:
    print(type(e).__name__, e)
lst = [3, 2, 1]
def mutating_key(x):
    lst.append(x)
    return x
try:
    lst.sort(key=mutating_key)
except ValueError as e:
    print(type(e).__name__, e)
print(sorted([1.5, 1, True, 0.5, False]), sorted(["b", "B", "a", "A"]), sorted([[2], [1, 5], [1]]))
print(sorted([3, 1, 2], key=None), sorted(range(5), key=lambda x: x % 2, reverse=True))
words = ["aa", "b", "cc", "d"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True))
