# eval/exec with explicit globals and locals dictionaries.
g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l))
exec("c = a + b", g, l)
print(sorted(k for k in g if k != "__builtins__"), l)
exec("global d\nd = 'to globals'", g, l)
print(g["d"], "d" in l)
x = 10
def f():
    x = 20
    return eval("x"), eval("x", globals()), eval("x", {"x": 30})
print(f())
print(eval("1 + 2 * 3"), eval("  [i for i in range(3)]  "), eval("'a' 'b'"))
try:
    eval("y = 1")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
print(exec("1 + 1"), eval("None"))
class ItemLogger(dict):
    def __getitem__(self, key):
        print("lookup", key)
        return super().__getitem__(key)
    def __missing__(self, key):
        return f"<missing {key}>"
print(eval("p + q", {}, ItemLogger(p="P")))
ns = {}
exec("def fn():\n    return helper()\ndef helper():\n    return 'helper found in exec globals'", ns)
print(ns["fn"]())
code = compile("z * 2", "<string>", "eval")
print(eval(code, {"z": 21}))
exec("import sys as s2", ns)
print(ns["s2"].__name__)
print(eval("__name__"), eval("__name__", {}), eval("__name__", {"__name__": "custom"}))
