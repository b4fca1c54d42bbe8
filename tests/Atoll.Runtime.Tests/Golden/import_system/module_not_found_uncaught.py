# Uncaught ModuleNotFoundError for a missing module.
print("before the import")
import mod_pkg.missing_submodule
print("not reached")
