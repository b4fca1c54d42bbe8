print("mod_allpkg/__init__ runs")
__all__ = ["alpha", "beta", "CONST"]
CONST = 3
