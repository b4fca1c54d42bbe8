print("mod_allpkg.gamma runs (not expected by star import)")
