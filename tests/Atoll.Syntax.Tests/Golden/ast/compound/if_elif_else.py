if a:
    pass
if a:
    pass
else:
    pass
if a:
    x
elif b:
    y
elif c:
    z
else:
    w
if a: pass
elif b: pass
else: pass
if a:
    if b:
        pass
    else:
        pass
