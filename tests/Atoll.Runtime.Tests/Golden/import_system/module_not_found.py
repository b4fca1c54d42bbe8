# ModuleNotFoundError and ImportError messages.
try:
    import no_such_module_anywhere
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import mod_pkg.no_such_sub
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    import no_such_pkg.sub
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e, "|", e.name)
try:
    from mod_pkg import no_such_name
except ImportError as e:
    msg = str(e)
    print(type(e).__name__, "|", msg[:msg.index(" (")], "|", e.name, isinstance(e, ModuleNotFoundError))
try:
    from no_such_module_anywhere import x
except ImportError as e:
    print(type(e).__name__, "|", e)
try:
    import mod_pkg.pkg_value
except ModuleNotFoundError as e:
    print(type(e).__name__, "|", e)
print(issubclass(ModuleNotFoundError, ImportError))
