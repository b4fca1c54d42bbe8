# An uncaught exception at module level: traceback on stderr, exit status 1, earlier stdout kept.
print("before the error")
x = 10
y = 0
print(x / y)
print("never printed")
