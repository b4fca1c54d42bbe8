# Code blocks: module, function bodies, class bodies, and strings passed to exec/eval are separate blocks.
x = "module"
def func():
    x = "function"
    return x
class Klass:
    x = "class"
    got = x
exec("x_exec = x + ' seen by exec'")
print(x, func(), Klass.x, Klass.got, x_exec)
print(eval("x"), eval("func()"))
ns = {}
exec("y = 1\ndef g():\n    return y\n", ns)
print(ns["y"], ns["g"](), "y" in globals())
def runs_exec():
    exec("local_in_exec = 5")
    return "local_in_exec" in locals()
print(runs_exec())
code = compile("a = 10\nb = a * 2", "<block>", "exec")
ns2 = {}
exec(code, ns2)
print(ns2["a"], ns2["b"])
print(__name__)
