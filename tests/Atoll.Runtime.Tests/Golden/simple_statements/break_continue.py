# break and continue in for and while loops, nested loops, and with else clauses.
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    print("for", i)
n = 0
while True:
    n += 1
    if n == 2:
        continue
    if n > 4:
        break
    print("while", n)
for i in range(3):
    for j in range(3):
        if j == 1:
            break
        print("inner", i, j)
    else:
        print("inner else never")
    if i == 1:
        continue
    print("outer tail", i)
for i in range(2):
    pass
else:
    print("for-else runs when no break")
for i in range(2):
    break
else:
    print("not printed")
k = 0
while k < 3:
    k += 1
    if k == 10:
        break
else:
    print("while-else", k)
found = None
for item in ["a", "b", "c"]:
    if item == "b":
        found = item
        break
print(found, item)
for bad in ("break", "continue", "def f():\n    break\n", "for x in y:\n    def g():\n        continue\n"):
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(repr(bad.split()[0]), "->", e.msg)
