print("mod_allpkg.beta runs")
name = "beta"
