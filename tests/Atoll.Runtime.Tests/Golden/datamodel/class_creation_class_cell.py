# The implicit __class__ cell used by zero-argument super() and by referring to __class__.
class A:
    def who(self):
        return __class__.__name__
    def greet(self):
        return "A.greet"
class B(A):
    def who(self):
        return ("B method sees", __class__.__name__, "super says", super().who())
    def greet(self):
        return "B.greet -> " + super().greet()
print(B().who(), B().greet())
class C(B):
    pass
print(C().who())
def outside(self):
    return super().greet()
class D(A):
    pass
D.outside = outside
try:
    D().outside()
except RuntimeError as e:
    print(type(e).__name__, e)
class E(A):
    def m(self):
        def inner():
            return __class__.__name__
        return inner()
    @staticmethod
    def s():
        return __class__.__name__
    @classmethod
    def c(cls):
        return super().greet
print(E().m(), E.s(), type(E.c()).__name__)
class F(A):
    def noargs():
        return super().greet()
try:
    F.noargs()
except RuntimeError as e:
    print(type(e).__name__, e)
