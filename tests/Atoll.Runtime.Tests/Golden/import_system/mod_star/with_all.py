__all__ = ["public_a", "_private_but_listed"]
public_a = "a"
public_b = "b (not in __all__)"
_private_but_listed = "listed private"
_hidden = "hidden"
