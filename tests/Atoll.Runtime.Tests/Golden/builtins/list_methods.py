# Common list methods and operations.
a = [3, 1, 2]
a.append(4)
a.extend([5, 6])
a.insert(0, 0)
a.insert(100, 99)
a.insert(-1, 98)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(2)
print(a, a.index(4), a.count(1), 4 in a, 7 not in a)
a.reverse()
print(a)
b = a.copy()
b.clear()
print(a, b)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1, 2], [1, 2] == [1, 2], [1, 2] < [1, 3], [1] < [1, 0])
x = [1, 2, 3, 4, 5, 6]
print(x[1:4], x[::2], x[::-1], x[-2:], x[:-2], x[4:1], x[1:5:2], x[5:1:-2])
x[1:3] = ["a", "b", "c"]
print(x)
x[::2] = [0, 0, 0, 0]
print(x)
del x[::2]
print(x)
x[:] = []
print(x)
l = [1, 2]
l += (3, 4)
l *= 2
print(l)
print(list(), list("ab"), list(range(3)), list({1: 2}), list((1, 2)))
nested = [[1, 2], [3]]
shallow = nested.copy()
shallow[0].append(9)
print(nested)
for bad in ("a.remove(42)", "a.index(42)", "[].pop()", "a[10]", "a.pop(10)"):
    try:
        eval(bad)
    except (ValueError, IndexError) as e:
        print(bad, type(e).__name__, e)
try:
    x = [1, 2, 3]
    x[::2] = [1]
except ValueError as e:
    print(type(e).__name__, e)
try:
    [1] + (2,)
except TypeError as e:
    print(type(e).__name__, e)
print(repr([1, "a", None, [2.5]]), str(["x"]))
r = [1]
r.append(r)
print(r)
