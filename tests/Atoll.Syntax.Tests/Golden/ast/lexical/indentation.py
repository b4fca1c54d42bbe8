if a:
  x
  if b:
          y
  z
if c:
	tab1
	if d:
		tab2
	tab1_again
if e:
        eight
else:
 one
def f():
    if x:
        pass
    # dedent two levels below
x = 1
