# "Did you mean" for attributes, names (locals, globals, builtins, self.attr) and from-imports.
import sys
class Config:
    def __init__(self):
        self.timeout = 5
    def show(self):
        return timeout
c = Config()
for expr in ("c.timeot", "c.shw()", "lenn([])", "Config.shoe", "sys.pathh", "c.show()"):
    try:
        eval(expr)
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e, getattr(e, "name", None))
def f():
    counter = 1
    return countr
try:
    f()
except NameError as e:
    print(e)
counter_global = 3
print(counter_globl)
