# An uncaught SyntaxError from a string compiled at run time prints its source line and carets.
source = "total = 1\nif total > 0:\n    print(total)\n    total = = 2\n"
compile(source, "<generated>", "exec")
