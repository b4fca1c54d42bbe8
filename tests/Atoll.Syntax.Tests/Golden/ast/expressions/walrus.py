if (n := len(a)) > 10:
    pass
while (line := f()):
    print(line)
[y := f(x), y ** 2]
print(x := 1)
f(a, b := 2)
z = (w := 3)
x[(i := 0)]
{(a := 1): (b := 2)}
