# Where a bare '*' is reported as "Invalid star expression" and where it is plain invalid syntax.
sources = ["print(*)", "f(*, a)", "f(a, *)", "f(x=5, *)", "f(**x, *)", "f(x, *:)", "f(*yield)",
           "[*]", "(*)", "{*}", "x = (*)", "A[*]", "A[*:]", "A[1, *]", "f(* *a)",
           "[1, *]", "a, * = 1", "a = *", "*", "f(**)"]
for src in sources:
    try:
        compile(src, "<test>", "exec")
        print(src, "-> compiles")
    except SyntaxError as e:
        print(f"{src!r:14} -> {e.msg} at column {e.offset}")
