# compile() with exec, eval and single modes; code object attributes.
c1 = compile("a = 5\nb = a + 1", "<exec>", "exec")
ns = {}
print(exec(c1, ns), ns["a"], ns["b"], type(c1).__name__, c1.co_filename, c1.co_name)
c2 = compile("3 ** 2", "<eval>", "eval")
print(eval(c2), c2.co_name)
c3 = compile("40 + 2", "<single>", "single")
exec(c3)
c4 = compile("None", "<single>", "single")
exec(c4)
c5 = compile("x = 1", "<single>", "single")
exec(c5, {})
for src, mode in (("x =", "exec"), ("a = 1", "eval"), ("1\n2", "single"), ("return 5", "exec")):
    try:
        compile(src, "<bad>", mode)
    except SyntaxError as e:
        print(mode, repr(src), "->", type(e).__name__, e.msg, e.lineno, e.filename)
try:
    compile("1", "<x>", "nonsense")
except ValueError as e:
    print(type(e).__name__, e)
code = compile("def f():\n    return 'from compiled def'\n", "<module>", "exec")
ns = {}
exec(code, ns)
print(ns["f"](), ns["f"].__code__.co_filename)
print(eval(compile("[n * n for n in range(4)]", "", "eval")))
print(exec(compile("print('printed in exec')", "", "exec")))
