# A traceback through several nested function calls.
def level_three(items):
    return items[5]
def level_two(items):
    value = level_three(items)
    return value * 2
def level_one():
    data = [1, 2, 3]
    return level_two(data)
print("calling")
level_one()
