# Iterable and dictionary unpacking inside displays.
a = [1, 2]
b = (3, 4)
print([*a, *b], [0, *a, 5, *b, 6], (*a, *b), (*a,), {*a, *b, 1}, [*"hi", *range(2)])
d1 = {"x": 1, "y": 2}
d2 = {"y": 20, "z": 30}
print({**d1, **d2}, {**d2, **d1}, {"w": 0, **d1, "x": 100}, {**{}}, {**d1, "y": -1})
print([*[], *()], [*{1: "ignored"}], [*{"k": 1}.items()])
def gen():
    yield "g1"
    yield "g2"
print([*gen(), *gen()])
try:
    [*5]
except TypeError as e:
    print(type(e).__name__, e)
try:
    {**[1, 2]}
except TypeError as e:
    print(type(e).__name__, e)
class KeysOnly:
    def keys(self):
        return ["a", "b"]
    def __getitem__(self, k):
        return k.upper()
print({**KeysOnly()})
order = []
def note(x):
    order.append(x)
    return [x]
print([*note(1), *note(2), *note(3)], order)
