# Nested exception groups with notes and a chained sub-exception.
def inner():
    try:
        raise KeyError("k")
    except KeyError as e:
        return RuntimeError("wrapped")
inner_group = ExceptionGroup("inner", [ValueError("v1"), inner()])
inner_group.add_note("a note on the inner group")
outer = ExceptionGroup("outer", [inner_group, TypeError("t")])
raise outer
