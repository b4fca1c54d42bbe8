from mod_circ_err.second import second_value
first_value = "first"
