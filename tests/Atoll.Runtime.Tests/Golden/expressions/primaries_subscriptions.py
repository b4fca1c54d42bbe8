# Subscriptions of sequences and mappings, negative indices, __getitem__ and __class_getitem__.
lst = [10, 20, 30]
NUMBER = 5
print(lst[0], lst[-1], lst[-3], "abc"[1], (1, 2)[-1], {"k": "v"}["k"], range(10)[3], b"AB"[0])
for bad in ("lst[3]", "lst[-4]", "lst['x']", "lst[1.0]", "{}['missing']", "(1,)[5]", "'s'[1]", "NUMBER[0]"):
    try:
        eval(bad)
    except (IndexError, KeyError, TypeError) as e:
        print(bad, "->", type(e).__name__, e)
matrix = [[1, 2], [3, 4]]
print(matrix[1][0], matrix[-1][-1])
d = {(1, 2): "tuple key", 1: "one", True: "true?"}
print(d[1, 2], d[(1, 2)], d[1])
class Idx:
    def __index__(self):
        return 1
print(lst[Idx()], "xyz"[Idx()], lst[True], lst[False])
print(list[int], dict[str, int])
order = []
def obj():
    order.append("primary")
    return {"k": "v"}
def key():
    order.append("subscript")
    return "k"
print(obj()[key()], order)
