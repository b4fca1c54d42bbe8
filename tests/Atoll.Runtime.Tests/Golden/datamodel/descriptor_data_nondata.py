# Data vs non-data descriptors and their precedence relative to the instance dict.
class NonData:
    def __get__(self, obj, objtype=None):
        return f"NonData.__get__(obj={'inst' if obj is not None else None}, type={objtype.__name__})"
class Data:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Data accessed on class"
        return obj.__dict__.get("_data", "unset")
    def __set__(self, obj, value):
        print("Data.__set__", value)
        obj.__dict__["_data"] = value
class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)
class C:
    nd = NonData()
    d = Data()
    so = SetOnly()
c = C()
print(c.nd)
print(C.nd)
c.__dict__["nd"] = "instance dict wins over non-data"
print(c.nd)
print(c.d)
c.d = 5
print(c.d, C.d)
c.__dict__["d"] = "instance dict loses to data descriptor"
print(c.d)
c.so = 1
print(c.so is C.__dict__["so"])
c.__dict__["so"] = "visible"
print(c.so)
class Deleter:
    def __get__(self, obj, t=None):
        return "got"
    def __delete__(self, obj):
        print("Deleter.__delete__")
class D:
    x = Deleter()
dd = D()
del dd.x
try:
    dd.x = 3
except AttributeError as e:
    print(type(e).__name__, e)
print(C.__dict__["nd"].__get__(None, C))
print(type(c).__dict__["d"].__get__(c, C))
