# isinstance consults __class__ when type(o) is not a subclass: a __class__ property, a __getattribute__ hook,
# an instance whose __class__ is assigned later, and plain objects (which never pretend).
class Pretends:
    @property
    def __class__(self):
        return int


class Hooked:
    def __getattribute__(self, name):
        if name == "__class__":
            return str
        return object.__getattribute__(self, name)


class Plain:
    pass


class Late:
    pass


late = Late()
print(isinstance(Pretends(), int), isinstance(Pretends(), Pretends), type(Pretends()).__name__)
print(isinstance(Hooked(), str), isinstance(Hooked(), (int, str)), isinstance(Hooked(), Hooked))
print(isinstance(Plain(), int), isinstance(3, str), isinstance("a", (int, str)), isinstance(True, int))
print(isinstance(late, int))
late.__class__ = Plain
print(isinstance(late, Plain), isinstance(late, Late), type(late).__name__)
