# Private name mangling: __name inside a class body becomes _Class__name.
class Account:
    __slots__ = ()
class Bank:
    __secret = "class private"
    def __init__(self):
        self.__balance = 100
        self.__dunder__ = "not mangled"
    def reveal(self):
        return self.__balance, self.__secret, Bank.__secret
    def __private_method(self):
        return "private method"
    def call_private(self):
        return self.__private_method()
b = Bank()
print(b.reveal(), b.call_private())
print(sorted(vars(b)), "_Bank__secret" in vars(Bank), b._Bank__balance, b.__dunder__)
try:
    b.__balance
except AttributeError as e:
    print(type(e).__name__, e)
class _Under:
    def __init__(self):
        self.__x = 1
print(sorted(vars(_Under())))
class __Dunder:
    def __init__(self):
        self.__y = 2
print(sorted(vars(__Dunder())))
class Sub(Bank):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return f"{type(e).__name__}: {e}"
print(Sub().peek())
class Mangler:
    def method(self):
        __local = "locals are mangled too"
        return sorted(locals())
    def getter(self):
        return getattr(self, "__hidden", "getattr does not mangle")
    __hidden = 5
print(Mangler().method(), Mangler().getter())
def outside():
    return __some_global
__some_global = "module-level dunder name is fine"
print(outside())
class UsesGlobal:
    def m(self):
        try:
            return __some_global
        except NameError as e:
            return f"{type(e).__name__}: {e}"
print(UsesGlobal().m())
