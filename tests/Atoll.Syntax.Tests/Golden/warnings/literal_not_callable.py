items = [
    (1, 2)
    (3, 4)
] if False else []
print(items)
