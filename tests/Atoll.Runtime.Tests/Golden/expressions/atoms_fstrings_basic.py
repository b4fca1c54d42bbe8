# f-strings: expressions, nesting, quoting, braces, multi-line.
name = "World"
n = 7
items = [1, 2, 3]
d = {"key": "value"}
print(f"Hello, {name}!", f"{n + 1}", f"{n * 2 = }", f"{items[0]}", f"{d['key']}", f'{d["key"]}')
print(f"{{literal braces}}", f"{{{n}}}", f"{'nested quotes'}", f"{"same quotes (3.12+)"}")
print(f"{name.upper()} {len(items)} {items[-1] if items else None} {[x * 2 for x in items]}")
print(f"{(lambda x: x + 1)(1)}", f"{ {'a': 1}['a'] }", f"{n:{n}}|", f"{3.14159:.{2}f}")
print(F"upper F", rf"raw \n {name}", fr"{name}\t", f"""triple {name}""")
print(f"{
    n
    + 1
}")
print(f"{name!r:>10}|", f"{'x' 'y'}", f"{n}" f"{n}", "plain " f"{n}")
width, prec = 10, 3
print(f"{2 / 3:{width}.{prec}}|", f"{'centered':^{width + 4}}|")
print(f"{f'{f"{n}"}'}", f"{'a' if n > 5 else 'b'}", f"{n:#x}", f"{-n:+}", f"{n!s:5}|")
obj = type("O", (), {"__format__": lambda self, spec: f"<{spec}>"})()
print(f"{obj}", f"{obj:spec here}", f"{obj:{name}}")
print(f"{'\n'.join(['multi', 'line'])}")
print(f"{n:}", f"{name:}", f"{n}{name}{n}")
