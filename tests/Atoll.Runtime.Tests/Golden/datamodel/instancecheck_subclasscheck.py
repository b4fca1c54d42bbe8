# __instancecheck__ and __subclasscheck__ on a metaclass.
class DuckMeta(type):
    def __instancecheck__(cls, obj):
        print(f"__instancecheck__({cls.__name__}, {type(obj).__name__})")
        return hasattr(obj, "quack")
    def __subclasscheck__(cls, sub):
        print(f"__subclasscheck__({cls.__name__}, {sub.__name__})")
        return hasattr(sub, "quack")
class Duck(metaclass=DuckMeta):
    pass
class Mallard:
    def quack(self):
        pass
class Rock:
    pass
print(isinstance(Mallard(), Duck))
print(isinstance(Rock(), Duck))
print(issubclass(Mallard, Duck), issubclass(Rock, Duck))
print(isinstance(Mallard(), (int, Duck)))
print(isinstance(Duck(), Duck))
class Sub(Duck):
    pass
print(isinstance(Sub(), Sub))
class Truthy(type):
    def __instancecheck__(cls, obj):
        return "non-empty"
class T(metaclass=Truthy):
    pass
print(isinstance(1, T))
class OnInstance:
    def __instancecheck__(self, obj):
        return True
try:
    isinstance(1, OnInstance())
except TypeError as e:
    print(type(e).__name__, e)
class Checker:
    def __instancecheck__(self, obj):
        return obj == 42
    def __subclasscheck__(self, cls):
        return cls is int
print(isinstance(42, Checker()), isinstance(41, Checker()), issubclass(int, Checker()), issubclass(str, Checker()))
