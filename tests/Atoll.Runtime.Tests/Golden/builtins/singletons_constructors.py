# None, Ellipsis and NotImplemented: constructors, hashes, reductions.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

show(lambda: type(None)(1))
show(lambda: type(...)(1))
show(lambda: type(NotImplemented)())
show(lambda: type(NotImplemented)(x=1))
show(lambda: NotImplemented.__reduce__())
show(lambda: None.__bool__())
show(lambda: hash(None) == None.__hash__())
show(lambda: None.__eq__(None))
show(lambda: None.__ne__(0))
show(lambda: None < None)
show(lambda: ... == ...)
show(lambda: (...).__repr__())
show(lambda: type(None).__name__)
