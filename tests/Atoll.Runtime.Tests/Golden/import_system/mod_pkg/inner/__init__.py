print("running mod_pkg/inner/__init__.py")
