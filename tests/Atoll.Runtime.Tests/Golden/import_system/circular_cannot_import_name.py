# "from m import name" in a cycle fails with the circular-import hint.
try:
    import mod_circ_err.first
except ImportError as e:
    msg = str(e)
    print(type(e).__name__)
    print(msg[:msg.index(" (")] if " (" in msg else msg)
    print("(most likely due to a circular import)" in msg, e.name)
import sys
print("mod_circ_err.first" in sys.modules, "mod_circ_err.second" in sys.modules)
