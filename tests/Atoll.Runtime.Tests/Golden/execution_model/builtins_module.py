# The builtins module and __builtins__.
import builtins
print(builtins.len is len, builtins.__name__, "print" in dir(builtins), type(builtins).__name__)
print(builtins.True_ if hasattr(builtins, "True_") else "no True_", builtins.None_ if False else None)
builtins.my_global_helper = lambda: "added to builtins"
print(my_global_helper())
del builtins.my_global_helper
try:
    my_global_helper()
except NameError as e:
    print(type(e).__name__, e)
original_len = builtins.len
builtins.len = lambda x: "patched len"
print(len([1]))
builtins.len = original_len
print(len([1]))
int = str
print(int(5) + "!", builtins.int(5) + 1)
del int
print(int("7") + 1)
ns = {}
exec("r = len('abc')", ns)
print(ns["r"], "__builtins__" in ns)
ns2 = {"__builtins__": {"len": lambda x: "custom builtins dict"}}
exec("r = len('abc')", ns2)
print(ns2["r"])
try:
    exec("print('x')", {"__builtins__": {}})
except NameError as e:
    print(type(e).__name__, e)
print(type(__builtins__).__name__ in ("module", "dict"))
