# raise ... from None suppresses the context in the traceback.
def lookup(d, key):
    try:
        return d[key]
    except KeyError:
        raise LookupError(f"no entry for {key}") from None
lookup({}, "k")
