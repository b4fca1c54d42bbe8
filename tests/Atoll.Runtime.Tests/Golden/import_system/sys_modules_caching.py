# sys.modules caches modules: a module body runs once; removing the entry re-runs it.
import sys
print("mod_counter" in sys.modules)
import mod_counter
import mod_counter
import mod_counter as again
print(again is mod_counter, sys.modules["mod_counter"] is mod_counter)
mod_counter.record("first")
from mod_counter import loads
print(loads)
def import_in_function():
    import mod_counter
    return mod_counter.record("from function")
print(import_in_function())
del sys.modules["mod_counter"]
import mod_counter as fresh
print(fresh is again, fresh.loads, again.loads)
class Fake:
    name = "a fake module object"
sys.modules["mod_fake"] = Fake()
import mod_fake
print(mod_fake.name)
from mod_fake import name
print(name)
sys.modules["mod_blocked"] = None
try:
    import mod_blocked
except ModuleNotFoundError as e:
    print(type(e).__name__, e)
print(type(sys.modules).__name__, "sys" in sys.modules, "__main__" in sys.modules, sys.modules["__main__"].__name__)
