leaf = "leaf in namespace package"
