# An uncaught ExceptionGroup is printed as a tree.
def fail(n):
    raise ValueError(f"task {n} failed")
errors = []
for i in range(2):
    try:
        fail(i)
    except ValueError as e:
        errors.append(e)
errors.append(TypeError("plain type error"))
raise ExceptionGroup("several tasks failed", errors)
