# User-defined exception classes: __str__, __init__, inheritance, extra attributes.
class AppError(Exception):
    """Base for the app."""
class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
class Quiet(AppError):
    def __str__(self):
        return "quiet custom str"
try:
    raise ConfigError("path")
except AppError as e:
    print(type(e).__name__, e, e.key, e.reason, e.args, repr(e))
print(str(Quiet("ignored arg")), repr(Quiet("ignored arg")), Quiet.__doc__, AppError.__doc__)
class NoSuperInit(Exception):
    def __init__(self, x):
        self.x = x
n = NoSuperInit(5)
print(n.args, str(n), repr(n))
class KeywordOnly(Exception):
    def __init__(self, *, code):
        super().__init__(code)
        self.code = code
print(KeywordOnly(code=3).args)
class Base(Exception):
    pass
class A(Base):
    pass
class B(Base):
    pass
for cls in (A, B, Base):
    try:
        raise cls()
    except A:
        print(cls.__name__, "handled by A")
    except Base:
        print(cls.__name__, "handled by Base")
class Reduced(Exception):
    def __init__(self, a, b):
        super().__init__(a, b)
print(repr(Reduced(1, "two")), Reduced(1, 2).args)
