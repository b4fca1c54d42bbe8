# Builtins are found last; module globals shadow builtins; builtins can be rebound in a module at runtime.
def uses_len():
    return len("abc")
print(uses_len())
def len(x):
    return "module-level len"
print(uses_len())
del len
print(uses_len())
def uses_list():
    return list
list = tuple
print(uses_list().__name__)
del list
print(uses_list().__name__)
def local_shadow():
    sum = lambda x: "local sum"
    return sum([1, 2])
print(local_shadow(), sum([1, 2]))
import builtins
saved = builtins.abs
builtins.abs = lambda x: "patched abs"
print(abs(-1))
builtins.abs = saved
print(abs(-1))
print(__builtins__.__name__ if hasattr(__builtins__, "__name__") else "dict")
