# Name resolution: local, global, builtins; assignment anywhere in a block makes a name local.
x = "global x"
def reads():
    return x
def shadows():
    x = "local x"
    return x
def uses_global():
    global x
    x = "changed by uses_global"
    return x
print(reads(), shadows(), x)
print(uses_global(), x)
def declares_new_global():
    global brand_new
    brand_new = "created"
declares_new_global()
print(brand_new)
len = lambda obj: "shadowed len"
print(len([1, 2]))
del len
print(len([1, 2]))
def local_builtin_shadow():
    print = "not the builtin"
    return print
print(local_builtin_shadow())
def conditional_local(flag):
    if flag:
        y = "assigned"
    try:
        return y
    except UnboundLocalError as e:
        return f"{type(e).__name__}: {e}"
print(conditional_local(True))
print(conditional_local(False))
def global_in_nested():
    def inner():
        global x
        x = "set from inner"
    inner()
    return x
print(global_in_nested())
counter = 0
def bump():
    global counter
    counter += 1
bump(); bump()
print(counter)
