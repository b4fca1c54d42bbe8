# A directory without __init__.py is a namespace package.
import mod_nspkg
print(mod_nspkg.__name__, mod_nspkg.__file__, len(list(mod_nspkg.__path__)))
import mod_nspkg.part_dir.leaf
print(mod_nspkg.part_dir.leaf.leaf, mod_nspkg.part_dir.__file__)
from mod_nspkg.part_dir import leaf
print(leaf.__name__, leaf.__package__)
