# After a nested replacement field, the rest of a format spec reads "{{" as an escaped brace (CPython 3.13).
x = y = 1
a = f"{x:{y}a{{z}}}"
b = f"{x:{y}{{}}}"
