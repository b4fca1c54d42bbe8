# Metaclasses: __new__, __init__, __call__, keyword arguments, inheritance of metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print(f"Meta.__new__ {name} bases={[b.__name__ for b in bases]} keys={sorted(k for k in ns if not k.startswith('__'))} kw={kw}")
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print(f"Meta.__init__ {name}")
        super().__init__(name, bases, ns)
    def __call__(cls, *args, **kwargs):
        print(f"Meta.__call__ {cls.__name__} args={args}")
        return super().__call__(*args, **kwargs)
class Base(metaclass=Meta, tag="base"):
    x = 1
    def method(self):
        pass
class Child(Base):
    y = 2
print(type(Base).__name__, type(Child).__name__, Base.tag, Child.tag)
class Obj(Base):
    def __init__(self, v):
        print("Obj.__init__", v)
        self.v = v
o = Obj(5)
print(o.v, isinstance(Base, Meta), isinstance(o, Meta))
def function_meta(name, bases, ns):
    print("function used as metaclass for", name)
    return f"not a class: {name}"
class Weird(metaclass=function_meta):
    pass
print(Weird)
Dyn = type("Dyn", (Base,), {"z": 3, "hello": lambda self: "hi"})
print(Dyn.__name__, Dyn.z, Dyn.x, Dyn.tag, type(Dyn).__name__)
class Meta2(type):
    pass
class Other(metaclass=Meta2):
    pass
try:
    class Mixed(Base, Other):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class SubMeta(Meta):
    pass
class S(metaclass=SubMeta):
    pass
class Combined(Base, S):
    pass
print(type(Combined).__name__)
