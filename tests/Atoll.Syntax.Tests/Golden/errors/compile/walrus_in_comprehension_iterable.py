values = [y for y in (data := [1, 2, 3])]
