from mod_circ_err.first import first_value
second_value = "second"
