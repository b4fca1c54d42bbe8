if x:
	pass
# c
y = f"""a
{x}
"""
z = "\
q"
