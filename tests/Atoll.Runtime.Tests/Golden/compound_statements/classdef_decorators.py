# Class decorators: applied after the class is created, bottom-up; may replace the class.
def add_greeting(cls):
    print("add_greeting applied to", cls.__name__)
    cls.greet = lambda self: f"hello from {type(self).__name__}"
    return cls
def register(registry):
    def deco(cls):
        print("register applied to", cls.__name__)
        registry[cls.__name__] = cls
        return cls
    return deco
REG = {}
@register(REG)
@add_greeting
class Service:
    print("class body runs before decorators")
print(Service().greet(), list(REG))
def singleton(cls):
    return cls()
@singleton
class Config:
    value = 42
print(type(Config).__name__, Config.value)
def to_string(cls):
    return cls.__name__ + " replaced"
@to_string
class Replaced:
    pass
print(Replaced)
def with_repr(cls):
    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{cls.__name__}({fields})"
    cls.__repr__ = __repr__
    return cls
@with_repr
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
print(Point(1, "two"))
