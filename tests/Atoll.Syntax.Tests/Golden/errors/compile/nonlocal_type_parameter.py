class Box[T]:
    def get(self):
        nonlocal T
