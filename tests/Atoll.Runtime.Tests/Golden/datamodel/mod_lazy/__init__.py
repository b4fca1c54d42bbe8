real = "a real attribute"
def __getattr__(name):
    if name.startswith("virtual"):
        return f"computed {name}"
    if name == "other":
        return "other value"
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
def __dir__():
    return ["real", "virtual_thing", "other"]
