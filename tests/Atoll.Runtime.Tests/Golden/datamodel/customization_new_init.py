# __new__ and __init__: order, arguments, returning other types, singleton.
class Traced:
    def __new__(cls, *args, **kwargs):
        print("__new__", cls.__name__, args, kwargs)
        inst = super().__new__(cls)
        inst.created_by_new = True
        return inst
    def __init__(self, x, y=0):
        print("__init__", x, y)
        self.x = x
obj = Traced(1, y=2)
print(obj.x, obj.created_by_new)
class ReturnsOther:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never called")
print(ReturnsOther())
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
    def __init__(self):
        print("init runs each time")
print(Singleton() is Singleton())
class Sub(Traced):
    def __init__(self):
        print("Sub.__init__")
        super().__init__("from sub")
s = Sub()
print(s.x)
class BadInit:
    def __init__(self):
        return 5
try:
    BadInit()
except TypeError as e:
    print(type(e).__name__, e)
class NoInit:
    pass
try:
    NoInit(1)
except TypeError as e:
    print(type(e).__name__, e)
class OnlyNew:
    def __new__(cls, value):
        inst = super().__new__(cls)
        inst.value = value
        return inst
print(OnlyNew(7).value)
class PosInt(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))
print(PosInt(-5), type(PosInt(-5)).__name__, PosInt(-5) + 1)
try:
    object.__new__(int)
except TypeError as e:
    print(type(e).__name__, e)
