# A circular import sees a partially initialized module.
import mod_circ.a
import mod_circ.b
print(mod_circ.a.late_a, mod_circ.b.use_a_later())
import sys
print("mod_circ.a" in sys.modules, "mod_circ.b" in sys.modules)
