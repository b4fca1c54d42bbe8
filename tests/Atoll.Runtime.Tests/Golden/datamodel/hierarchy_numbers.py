# The standard type hierarchy: numbers.
for v in (1, True, 1.0, 1j, 2 ** 100):
    print(repr(v), type(v).__name__, [t.__name__ for t in type(v).__mro__])
print(issubclass(bool, int), issubclass(int, float), issubclass(float, complex))
print(True + 1.5, 1 + 2j + 0.5, type(1 + 1.0).__name__, type(1.0 + 1j).__name__, type(True + True).__name__)
print((5).numerator, (5).denominator, (5).real, (5).imag, (2.5).real, (2.5).imag, (1.5).conjugate())
print(int.__name__, float.__qualname__, complex.__module__, int.__module__)
print((-7).__abs__(), (7).__floordiv__(2), (7).__rtruediv__(14), (7.0).__rfloordiv__(2))
print(isinstance(1, (int, float)), isinstance(1.0, int))
