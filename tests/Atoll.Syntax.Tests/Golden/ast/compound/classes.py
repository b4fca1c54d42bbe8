class A:
    pass
class B():
    pass
class C(A, B):
    x = 1
class D(A, metaclass=M, **kw):
    def m(self):
        pass
class E(*bases, **kw):
    pass
class F[T]:
    pass
@dec
class G:
    """docstring"""
    class Inner:
        pass
