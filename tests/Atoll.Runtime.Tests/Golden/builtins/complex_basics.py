# complex numbers: repr, arithmetic, attributes.
z = 3 + 4j
print(z, z.real, z.imag, z.conjugate(), abs(z), -z, z * 1j, z + 1, z / 2, type(z.real).__name__)
print(1j, 0j, -1j, 1j * 1j, (1 + 2j) * (3 - 1j), complex(2), complex(0, -0.0), complex(-0.0, 0))
print(repr(complex(1.5, -2)), str(2j), (1 + 0j) == 1, 1j ** 2, (2 + 0j) ** 2, complex("1e3j"))
print(hash(1 + 0j) == hash(1), hash(2j) == hash(complex(0, 2)))
try:
    (1j) < (2j)
except TypeError as e:
    print(type(e).__name__, e)
try:
    1j // 2
except TypeError as e:
    print(type(e).__name__, e)
try:
    1 / 0j
except ZeroDivisionError as e:
    print(type(e).__name__, e)
print(complex(float("inf"), 1), complex(1, float("nan")))
