# An import statement inside a class body binds in the class namespace.
class Holder:
    import mod_counter
    from mod_pkg import pkg_func as fn
    seen = mod_counter.__name__
print(Holder.seen, Holder.mod_counter.__name__, "mod_counter" in globals())
print(Holder.fn())
try:
    Holder().fn()
except TypeError as e:
    print(type(e).__name__, e)
