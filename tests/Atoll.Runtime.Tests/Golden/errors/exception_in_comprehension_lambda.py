# Frames for lambdas and comprehensions (comprehensions are inlined in 3.12+).
divide = lambda a, b: a / b
def compute():
    pairs = [(1, 1), (2, 0)]
    return [divide(a, b) for a, b in pairs]
compute()
