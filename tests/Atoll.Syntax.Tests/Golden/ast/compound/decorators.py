@a
def f(): pass
@a.b.c
def f(): pass
@a(1, 2)
def f(): pass
@a
@b
@c
def f(): pass
@(lambda f: f)
def f(): pass
@x[0].y
def f(): pass
@x if y else z
def f(): pass
@(yield)
def f(): pass
@a := b
def f(): pass
@a
async def f(): pass
@a
class C: pass
