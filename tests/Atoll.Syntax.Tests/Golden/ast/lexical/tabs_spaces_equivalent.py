if a:
    	x = 1
    	y = 2
if b:
	 z = 3
	 w = 4
	 if c:
		  v = 5
