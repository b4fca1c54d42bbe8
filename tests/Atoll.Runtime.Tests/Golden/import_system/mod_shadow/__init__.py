child = "an attribute named like the submodule"
