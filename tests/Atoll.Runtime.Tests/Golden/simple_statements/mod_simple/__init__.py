print("mod_simple runs")
value = "mod_simple.value"
_private = "underscored"
