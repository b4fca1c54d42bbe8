# __init_subclass__: called on the parent for each new subclass, with class keywords.
class Plugin:
    registry = []
    def __init_subclass__(cls, /, name=None, **kwargs):
        print(f"__init_subclass__ cls={cls.__name__} name={name} kwargs={kwargs}")
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin):
    pass
class B(Plugin, name="bee"):
    pass
class C(B):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name, C.plugin_name)
try:
    class D(Plugin, name="d", extra=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Plain:
    pass
try:
    class E(Plain, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)
class Implicit:
    def __init_subclass__(cls):
        print("implicitly a classmethod:", cls.__name__, type(Implicit.__dict__["__init_subclass__"]).__name__)
class F(Implicit):
    pass
print("Plugin itself did not register:", "plugin" in Plugin.registry)
