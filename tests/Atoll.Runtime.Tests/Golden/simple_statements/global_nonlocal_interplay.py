# global and nonlocal in nested functions choose different scopes for the same name.
name = "global"
def outer():
    name = "outer local"
    def uses_global():
        global name
        name = "set via global"
    def uses_nonlocal():
        nonlocal name
        name = "set via nonlocal"
    uses_global()
    after_global = name
    uses_nonlocal()
    return after_global, name
print(outer(), name)
def outer2():
    value = 1
    def middle():
        global value
        value = "module value"
        def inner():
            return value
        return inner()
    return middle(), value
print(outer2(), value)
def counter_factory():
    count = 0
    def increment(by=1):
        nonlocal count
        count += by
        return count
    def reset():
        nonlocal count
        old, count = count, 0
        return old
    return increment, reset
inc, reset = counter_factory()
inc(); inc(5)
print(reset(), inc())
