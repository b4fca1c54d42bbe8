# Implicit chaining: an exception raised while handling another.
def parse(text):
    try:
        return int(text)
    except ValueError:
        raise RuntimeError(f"could not parse {text!r}")
parse("abc")
