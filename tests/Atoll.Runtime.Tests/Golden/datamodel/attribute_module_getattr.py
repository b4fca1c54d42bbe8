# Module-level __getattr__ and __dir__ (PEP 562) via a helper module.
import mod_lazy
print(mod_lazy.real)
print(mod_lazy.virtual_thing)
print(getattr(mod_lazy, "other", "n/a"))
try:
    mod_lazy.missing
except AttributeError as e:
    print(type(e).__name__, e)
print(dir(mod_lazy))
from mod_lazy import virtual_imported
print(virtual_imported)
try:
    from mod_lazy import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
