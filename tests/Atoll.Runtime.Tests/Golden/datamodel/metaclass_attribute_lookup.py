# Attribute lookup on classes consults the metaclass: __getattr__, descriptors and methods on the metaclass.
class Meta(type):
    meta_attr = "defined on the metaclass"
    def __getattr__(cls, name):
        return f"Meta.__getattr__({cls.__name__}, {name})"
    def describe(cls):
        return f"describe {cls.__name__}"
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __len__(cls):
        return 42
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
class C(metaclass=Meta):
    own = "own attribute"
print(C.own, C.meta_attr, C.missing, C.describe(), C.upper_name, len(C), repr(C), C)
c = C()
print(c.own)
for name in ("meta_attr", "describe", "upper_name"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(type(e).__name__, e)
class Shadow(metaclass=Meta):
    meta_attr = "class attribute wins over metaclass attribute"
print(Shadow.meta_attr)
class DataDesc:
    def __get__(self, obj, owner=None):
        return "metaclass data descriptor wins"
    def __set__(self, obj, value):
        raise AttributeError("read-only")
class Meta2(type):
    attr = DataDesc()
class D(metaclass=Meta2):
    attr = "class dict value"
print(D.attr, D.__dict__["attr"])
