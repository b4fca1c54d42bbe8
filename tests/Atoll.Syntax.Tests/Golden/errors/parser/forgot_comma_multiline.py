items = [
    first
    second,
]
