# for loops: else clause, break, target variables, iterating various iterables.
for x in [1, 2, 3]:
    if x == 5:
        break
else:
    print("no break: else runs; x is", x)
for x in [1, 5, 3]:
    if x == 5:
        print("found 5")
        break
else:
    print("not printed")
for x in []:
    print("never")
else:
    print("else on empty iterable")
print("x keeps last value:", x)
for i, (a, b) in enumerate([("a", 1), ("b", 2)]):
    print(i, a, b)
for key in {"one": 1, "two": 2}:
    print("key", key)
for k, v in {"one": 1}.items():
    print("item", k, v)
for ch in "hi":
    print("char", ch)
for first, *rest in ["abc", "de"]:
    print(first, rest)
for n in range(3):
    n = n * 100
    print("rebinding the target does not affect iteration", n)
lst = [1, 2, 3]
for item in lst:
    if item == 1:
        lst.append(4)
    print("visiting", item)
def primes(limit):
    result = []
    for n in range(2, limit):
        for d in range(2, n):
            if n % d == 0:
                break
        else:
            result.append(n)
    return result
print(primes(30))
for _ in range(2):
    for _ in range(2):
        pass
print("underscore:", _)
