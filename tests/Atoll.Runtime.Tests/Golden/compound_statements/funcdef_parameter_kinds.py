# Positional-only, positional-or-keyword, *args, keyword-only and **kwargs parameters.
def full(po1, po2=2, /, pk=3, *args, ko1, ko2=5, **kwargs):
    return (po1, po2, pk, args, ko1, ko2, kwargs)
print(full(1, ko1=4))
print(full(1, 20, 30, 40, 50, ko1=4, ko2=6, extra=7))
print(full(1, pk="kw", ko1=4, po1="goes to kwargs"))
def kwonly(*, a, b=2):
    return a, b
print(kwonly(a=1), kwonly(b=3, a=1))
def posonly(a, b, /):
    return a, b
print(posonly(1, 2))
def varargs_then_kwonly(*args, last):
    return args, last
print(varargs_then_kwonly(1, 2, last=3))
def kwargs_name_collision(name, /, **kwargs):
    return name, kwargs
print(kwargs_name_collision("positional", name="keyword"))
code = full.__code__
print(code.co_argcount, code.co_posonlyargcount, code.co_kwonlyargcount, code.co_varnames[:7])
print(full.__defaults__, full.__kwdefaults__)
for bad in ("def f(a, /, b, /): pass", "def f(*, **kw): pass", "def f(*): pass", "def f(**kw, a): pass",
            "def f(a, a): pass", "def f(*a, *b): pass", "def f(/, a): pass"):
    try:
        compile(bad, "<s>", "exec")
        print(bad, "compiled")
    except SyntaxError as e:
        print(bad, "->", e.msg)
