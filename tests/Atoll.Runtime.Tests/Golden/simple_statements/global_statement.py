# The global statement: rebinding module names from functions, class bodies and exec.
count = 0
def inc():
    global count
    count += 1
inc(); inc()
print(count)
def create():
    global created_later, another
    created_later = "made by create()"
    another = 2
create()
print(created_later, another)
class K:
    global from_class
    from_class = "bound globally from a class body"
    local_to_class = 1
print(from_class, hasattr(K, "from_class"))
def deleter():
    global another
    del another
deleter()
print("another" in globals())
def reads_only():
    return count
print(reads_only())
for bad in ("def f():\n    x = 1\n    global x\n", "def f(x):\n    global x\n", "def f():\n    print(x)\n    global x\n"):
    try:
        compile(bad, "<s>", "exec")
    except SyntaxError as e:
        print(e.msg)
ns = {}
exec("def g():\n    global gx\n    gx = 'in exec globals'\ng()", ns)
print(ns["gx"], "gx" in globals())
def nested():
    def inner():
        global count
        count = 100
    inner()
    return count
print(nested(), count)
