for x in y:
    break
for x in y:
    continue
while True:
    if x:
        break
    else:
        continue
def f():
    return
def g():
    return 1, 2
def h():
    return *a, *b
