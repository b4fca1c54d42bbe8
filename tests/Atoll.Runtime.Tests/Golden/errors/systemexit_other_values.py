# SystemExit with a non-int, non-None code: printed to stderr, status 1.
class Code:
    def __str__(self):
        return "custom exit object"
raise SystemExit(Code())
