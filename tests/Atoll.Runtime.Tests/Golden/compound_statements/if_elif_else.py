# if / elif / else: first true branch wins; conditions evaluated lazily.
def check(label, value):
    print("test", label)
    return value
for n in (-5, 0, 3, 100):
    if n < 0:
        kind = "negative"
    elif n == 0:
        kind = "zero"
    elif n < 10:
        kind = "small"
    else:
        kind = "large"
    print(n, kind)
if check("a", 0):
    print("a")
elif check("b", 1):
    print("b taken")
elif check("c", 1):
    print("c")
else:
    print("else")
if []:
    print("empty list is truthy?")
elif {}:
    print("empty dict is truthy?")
else:
    print("all empties are falsy")
if 0: pass
elif 1: print("single-line elif")
if (x := 5) > 3: print("walrus in condition", x)
class Truthy:
    def __bool__(self):
        print("__bool__ called once")
        return True
if Truthy():
    print("custom truthiness")
