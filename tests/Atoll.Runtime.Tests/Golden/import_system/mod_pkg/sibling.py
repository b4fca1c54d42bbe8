print("running mod_pkg/sibling.py")
sibling_name = "sibling attr"
