# SyntaxError raised by compile/exec/eval at run time: its attributes, and the uncaught form.
for src in ("x = (1,\n", "a = 1\nb = = 2\n", "f(x for x in y, 1)\n", "return 1\n", "del f()\n"):
    try:
        compile(src, "<snippet>", "exec")
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, repr(e.text), e.filename)
try:
    eval("lambda: (yield)")
except SyntaxError as e:
    print("eval:", e.msg, repr(e.text))
try:
    exec("x = 1 +")
except SyntaxError as e:
    print("exec:", e.msg, e.offset)
exec("value = 1\nvalue +=* 2\n")
