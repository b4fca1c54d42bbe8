# Assignment expressions inside comprehensions bind in the enclosing scope.
data = [1, 5, 2, 8, 3]
print([y for x in data if (y := x * 2) > 5], y)
total = 0
running = [total := total + v for v in data]
print(running, total)
def in_function():
    [last := c for c in "abc"]
    return last
print(in_function())
print({(half := v // 2): v for v in range(4)}, half)
def any_found():
    if any((hit := v) > 4 for v in data):
        return hit
print(any_found())
try:
    exec("[i := 0 for i in range(3)]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    exec("[x for x in (x := [1, 2])]")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
class C:
    try:
        exec("[(z := 1) for _ in range(1)]")
        print("exec in class-like dict namespace is fine")
    except SyntaxError as e:
        print(type(e).__name__, e.msg)
try:
    exec("class D:\n    [(z := 1) for _ in range(1)]\n")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
