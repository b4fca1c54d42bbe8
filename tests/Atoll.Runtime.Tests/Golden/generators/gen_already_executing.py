# A generator cannot be resumed while it is running.
def self_referencing():
    yield next(me)
me = self_referencing()
try:
    next(me)
except ValueError as e:
    print(type(e).__name__, e)
def sends_to_self():
    yield me2.send(None)
me2 = sends_to_self()
try:
    next(me2)
except ValueError as e:
    print(type(e).__name__, e)
def closes_self():
    try:
        me3.close()
    except ValueError as e:
        yield f"{type(e).__name__}: {e}"
me3 = closes_self()
print(next(me3))
