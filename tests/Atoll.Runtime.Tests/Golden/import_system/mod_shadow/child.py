value = "the child submodule"
