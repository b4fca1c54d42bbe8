from mod_interp.compat import interpreters

main = interpreters.get_main()
print(main, main.id, main.whence, interpreters.get_current() == main)
print(interpreters.list_all())
a = interpreters.create()
b = interpreters.create()
print(a, b, a.whence, a.id == b.id, a == interpreters.list_all()[1])
print([i.id for i in interpreters.list_all()])
print(a.is_running(), main.is_running())

a.exec("x = 6 * 7\nprint('x is', x)")
a.exec("print('still there:', x, __name__)")
a.prepare_main(greeting="hello", numbers=(1, 2, 3), f=1.5, nothing=None, flag=True)
a.exec("print(greeting, numbers, f, nothing, flag)")
a.prepare_main({"from_dict": "yes"})
a.exec("print(from_dict)")

try:
    b.exec("x")
except interpreters.ExecutionFailed as e:
    print(type(e).__name__, isinstance(e, interpreters.InterpreterError))
    print(e.excinfo.type.__name__, e.excinfo.type.__module__, repr(e.excinfo.msg))
    print(e.excinfo.formatted)
    print(str(e))

try:
    a.exec("def f():\n    raise KeyError('k')\nf()")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.errdisplay)

try:
    a.exec("raise SystemExit(3)")
except interpreters.ExecutionFailed as e:
    print("SystemExit ->", e.excinfo.type.__name__)

try:
    a.exec("1 +")
except interpreters.ExecutionFailed as e:
    print(e.excinfo.type.__name__, e.excinfo.msg)


def no_args():
    print("function body runs in", __name__)


a.exec(no_args)

b.close()
print([i.id for i in interpreters.list_all()])
try:
    b.exec("pass")
except interpreters.InterpreterNotFoundError as e:
    print(type(e).__name__, e)
try:
    b.close()
except interpreters.InterpreterNotFoundError as e:
    print('closing twice:', e)

a.close()
print(interpreters.list_all())
