# copyreg: reduction functions, constructors, the extension registry (EXT1/EXT2/EXT4) and the helpers the default
# reductions use.
import pickle
import copyreg

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])

print(sorted(n for n in copyreg.__all__))
print(complex in copyreg.dispatch_table, copyreg.dispatch_table[complex](3 + 4j))
attempt(lambda: copyreg.pickle(int, 5))
attempt(lambda: copyreg.constructor(5))
print(copyreg.constructor(int))

class Ext:
    pass

class Point:
    pass

class Ref:
    pass

copyreg.add_extension(__name__, "Ext", 0xF0)
copyreg.add_extension(__name__, "Point", 0x1234)
copyreg.add_extension(__name__, "Ref", 0x123456)
for proto in range(6):
    data = pickle.dumps([Ext, Point, Ref, Ext], proto)
    print(proto, data)
    print(pickle.loads(data))
print(sorted(copyreg._extension_cache))
copyreg.clear_extension_cache()
print(copyreg._extension_cache)
attempt(lambda: copyreg.add_extension(__name__, "Ext", 0xF1))
attempt(lambda: copyreg.add_extension(__name__, "Other", 0xF0))
attempt(lambda: copyreg.add_extension(__name__, "Other", 0))
attempt(lambda: copyreg.add_extension(__name__, "Other", 2**31))
print(copyreg.add_extension(__name__, "Ext", 0xF0))
copyreg.remove_extension(__name__, "Ext", 0xF0)
attempt(lambda: copyreg.remove_extension(__name__, "Ext", 0xF0))
attempt(lambda: pickle.loads(b"\x80\x02\x82\xf0."))
print(sorted(copyreg._extension_registry.items()), sorted(copyreg._inverted_registry.items()))
copyreg.add_extension("builtins", "no_such_name", 77)
attempt(lambda: pickle.loads(b"\x80\x02\x82\x4d."))

Slotted = type("Slotted", (), {"__slots__": ("a", "__b", "__dict__", "__weakref__", "__c__")})
print(copyreg._slotnames(Slotted), Slotted.__slotnames__)
print(copyreg._slotnames(type("_Under", (), {"__slots__": "__x"})))
print(copyreg._slotnames(Point), copyreg._slotnames(int))
print(copyreg._reconstructor(list, list, [1, 2]), type(copyreg._reconstructor(Point, object, None)).__name__)

class KeywordOnly:
    def __new__(cls, *, a):
        o = object.__new__(cls)
        o.a = a
        return o

print(type(copyreg.__newobj__(Point)).__name__, copyreg.__newobj_ex__(KeywordOnly, (), {"a": 5}).a)
print(copyreg.__newobj__.__name__, copyreg.__newobj__.__module__, copyreg._reconstructor.__module__)
