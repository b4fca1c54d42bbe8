# UnboundLocalError and NameError messages.
def local_before_assignment():
    print(v)
    v = 1
try:
    local_before_assignment()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e, "|", isinstance(e, NameError), e.name)
try:
    undefined_name
except NameError as e:
    print(type(e).__name__, "|", e, "|", e.name)
def free_unbound():
    def inner():
        return later
    r = None
    try:
        r = inner()
    except NameError as e:
        r = f"{type(e).__name__} | {e}"
    later = 1
    return r
print(free_unbound())
def deleted_local():
    a = 1
    del a
    return a
try:
    deleted_local()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
g = 1
def deleted_global():
    global g
    del g
    return g
try:
    deleted_global()
except NameError as e:
    print(type(e).__name__, "|", e)
def aug_assign_global():
    counter += 1
counter = 0
try:
    aug_assign_global()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, "|", e)
class K:
    try:
        print(missing_in_class)
    except NameError as e:
        print(type(e).__name__, "|", e)
def uses_len_then_assigns():
    n = len("abc")
    len = 5
try:
    uses_len_then_assigns()
except UnboundLocalError as e:
    print(type(e).__name__, "|", e)
