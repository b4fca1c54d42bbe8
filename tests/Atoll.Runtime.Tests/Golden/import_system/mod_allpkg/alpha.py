print("mod_allpkg.alpha runs")
name = "alpha"
