# __set_name__ is called at class creation with the owner and the attribute name.
class Field:
    def __set_name__(self, owner, name):
        print(f"__set_name__ owner={owner.__name__} name={name}")
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.private, None)
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
print("before class")
class Record:
    first = Field()
    second = Field()
    plain = 5
print("after class")
r = Record()
r.first = "one"
print(r.first, r.second, Record.first.name, vars(r))
shared = Field()
class A:
    x = shared
class B:
    y = shared
print(shared.name)
class Later:
    pass
Later.z = Field()
print(hasattr(Later.z, "name"))
class Bad:
    def __set_name__(self, owner, name):
        raise ValueError("bad set_name")
try:
    class Holder:
        attr = Bad()
except ValueError as e:
    print(type(e).__name__, e, e.__notes__ if hasattr(e, "__notes__") else "")
