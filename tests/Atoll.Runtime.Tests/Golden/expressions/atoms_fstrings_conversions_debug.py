# f-string conversions !r !s !a and the = debugging specifier.
s = "café\n"
print(f"{s!r}", f"{s!s}", f"{s!a}")
class C:
    def __repr__(self):
        return "C-repr"
    def __str__(self):
        return "C-str"
    def __format__(self, spec):
        return f"C-format[{spec}]"
c = C()
print(f"{c}", f"{c!s}", f"{c!r}", f"{c!a}", f"{c:x}", f"{c!r:>8}|")
x = 10
y = "yes"
print(f"{x=}", f"{x = }", f"{x=!s}", f"{y=}", f"{y=!s}", f"{x=:5}|", f"{x*2=}", f"{c=}", f"{c=!s}", f"{c=:z}")
print(f"{x + 1=}", f"{ x = }", f"{x=!r:>6}|", f"{'lit'=}")
print(f"{'é'!a}", f"{'☃'!a}", f"{b'x'!r}", f"{3!r}")
print(f"{[1, 'two']=}", f"{ {'k': 1}=}")
