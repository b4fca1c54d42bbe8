while a:
    if b:
        break
    elif c:
        continue
else:
    d()
for x in range(10):
    while True:
        break
    else:
        pass
else:
    pass
while 1: pass
for _ in (): pass
else: pass
