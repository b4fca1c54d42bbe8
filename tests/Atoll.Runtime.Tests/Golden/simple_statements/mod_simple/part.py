part_value = "mod_simple.part.part_value"
