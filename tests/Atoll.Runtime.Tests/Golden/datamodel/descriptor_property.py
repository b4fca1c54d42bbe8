# property: getter, setter, deleter, read-only, docstrings, inheritance.
class Temp:
    def __init__(self):
        self._c = 0
    @property
    def celsius(self):
        """Temperature in Celsius."""
        print("get celsius")
        return self._c
    @celsius.setter
    def celsius(self, v):
        print("set celsius", v)
        if v < -273:
            raise ValueError("too cold")
        self._c = v
    @celsius.deleter
    def celsius(self):
        print("del celsius")
        self._c = None
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
t = Temp()
t.celsius = 100
print(t.celsius, t.fahrenheit)
del t.celsius
print(t._c)
try:
    t.celsius = -300
except ValueError as e:
    print(type(e).__name__, e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(type(e).__name__, e)
try:
    del t.fahrenheit
except AttributeError as e:
    print(type(e).__name__, e)
print(Temp.celsius.__doc__, type(Temp.celsius).__name__, Temp.celsius.fget.__name__)
print(Temp.fahrenheit.fset, Temp.fahrenheit.fdel)
def get_x(self):
    return "x via property()"
class Old:
    x = property(get_x, doc="old style")
print(Old().x, Old.x.__doc__)
class Child(Temp):
    @Temp.celsius.getter
    def celsius(self):
        return "child getter"
ch = Child()
ch.celsius = 5
print(ch.celsius, ch._c)
class NoSetterName:
    @property
    def value(self):
        return 1
try:
    NoSetterName().value = 2
except AttributeError as e:
    print(type(e).__name__, e)
