# __getattr__ written in Python: its AttributeError means "absent" to hasattr and getattr with a default; any other
# exception passes through them; a property's AttributeError falls back to __getattr__.
class Lazy:
    def __getattr__(self, name):
        if name.startswith("x"):
            return name * 2
        if name == "boom":
            raise KeyError(name)
        raise AttributeError(f"no {name}")

    @property
    def broken(self):
        raise AttributeError("inside property")


o = Lazy()
n = 0
for i in range(200):
    n += hasattr(o, "missing") + len(getattr(o, "xy", "")) + (getattr(o, "nope", None) is None)
print(n, hasattr(o, "xa"), getattr(o, "xb"), getattr(o, "q", "dflt"), getattr(o, "broken", "fell back"))
for expr in ("o.missing", "getattr(o, 'missing')", "hasattr(o, 'boom')", "getattr(o, 'boom', 1)"):
    try:
        print(expr, eval(expr))
    except (AttributeError, KeyError) as e:
        print(expr, type(e).__name__, e)


class Sub(Lazy):
    def __getattr__(self, name):
        if name == "special":
            return "sub"
        return super().__getattr__(name)


s = Sub()
print(s.special, s.xz, hasattr(s, "other"), getattr(s, "other", "none"))
