class C:
    def m(self):
        return 1
    return 2
