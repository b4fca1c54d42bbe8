# Importing a submodule binds it as an attribute of the parent, replacing an existing attribute.
import mod_shadow
print(mod_shadow.child)
from mod_shadow import child
print(child)
import mod_shadow.child
print(type(mod_shadow.child).__name__, mod_shadow.child.value)
from mod_shadow import child as again
print(again.value)
