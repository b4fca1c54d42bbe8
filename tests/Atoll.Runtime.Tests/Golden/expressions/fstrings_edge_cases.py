# f-string edge cases: lambdas, dict literals, backslashes in expressions (3.12+), comments, nested quotes.
x = 5
items = {"a": 1}
print(f"{(lambda y: y * 2)(x)}", f"{ {'k': x}['k'] }", f"{items['a']}", f"{'\t'.join(['a', 'b'])}")
print(f"{x # a comment inside the replacement field
}")
print(f"{'a' if x > 3 else 'b'}", f"{x:>{x}}", f"{x!r:^7}|", f"{x=:>4}")
print(f"{'{'}", f"{'}'}", f"{{}}", f"{{{x}}}", f"{'{'}{x}{'}'}")
print(f"{'multi' 'part'}", f"{x:{'>'}{x}}", f"{f'{x}' * 2}")
print(f"{x:}", f"{'':}", repr(f"{''}"), repr(f""), f"{None}", f"{...}")
width = 8
for n in (1, 22, 333):
    print(f"|{n:>{width}}|{n:<{width // 2}}|{n:^{width}b}|")
nested = 3
print(f"{f'{f"{nested}"}'}", f"{[f'{i}' for i in range(3)]}")
try:
    eval('f"{x!z}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
try:
    eval('f"{}"')
except SyntaxError as e:
    print(type(e).__name__, e.msg)
