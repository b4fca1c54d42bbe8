# __name__, __file__, __package__, __spec__ for the main script, a package and a submodule.
import sys
print(__name__, __file__.endswith("module_attributes.py"), __package__, __spec__)
print(__doc__)
import mod_attrs
print(mod_attrs.info)
import mod_attrs.child
print(mod_attrs.child.info, mod_attrs.child.guard)
print(mod_attrs.__spec__.name, mod_attrs.__spec__.submodule_search_locations is not None)
print(mod_attrs.child.__spec__.submodule_search_locations)
print(all(k in vars(mod_attrs.child) for k in ("__name__", "__file__", "__package__", "__spec__", "__doc__")))
print(mod_attrs.child.__doc__, mod_attrs.__spec__.parent, mod_attrs.child.__spec__.parent)
