# List, set and dict displays.
print([], [1], [1, 2, 3,], [[]], [None, ...], [1, [2, [3]]])
print({1}, {1, 1, 2}, {3, 2, 1}, set(), type({}).__name__, {(1, 2)}, {True, 1})
print({}, {"a": 1}, {"a": 1, "a": 2}, {1: "int", 1.0: "float", True: "bool"}, {(1,): [2]})
print({"b": 1, "a": 2}, list({"z": 0, "y": 0, "x": 0}))
counter = [0]
def k(name):
    counter[0] += 1
    print(f"eval {name} #{counter[0]}")
    return name
d = {k("key1"): k("value1"), k("key2"): k("value2")}
print(d)
l = [k("e1"), k("e2")]
s = {k(10) if False else 10, 20}
print(l, s)
try:
    {[1]: 2}
except TypeError as e:
    print(type(e).__name__, e)
try:
    {{1}}
except TypeError as e:
    print(type(e).__name__, e)
print([1, 2] == [1, 2], [1, 2] is [1, 2], {1: 2} == {1: 2}, {1, 2} == {2, 1})
