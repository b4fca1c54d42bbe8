# zip(): shortest wins, strict=True errors.
print(list(zip([1, 2, 3], "ab")))
print(list(zip()), list(zip([1, 2])), list(zip([], [1])))
print(list(zip(range(3), range(10, 13), "xyz")))
print(dict(zip("abc", range(3))))
z = zip([1, 2])
print(type(z).__name__, next(z), next(z), next(z, "done"))
print(list(zip([1, 2], [3, 4], strict=True)))
for a, b in (([1, 2, 3], [1, 2]), ([1], [1, 2]), ([], [0])):
    try:
        print(list(zip(a, b, strict=True)))
    except ValueError as e:
        print(type(e).__name__, e)
try:
    list(zip([1], [1], [1, 2], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
try:
    list(zip([1, 2], [1], [1], strict=True))
except ValueError as e:
    print(type(e).__name__, e)
pairs = [(1, "a"), (2, "b")]
nums, lets = zip(*pairs)
print(nums, lets)
try:
    zip(1, [2])
except TypeError as e:
    print(type(e).__name__, e)
