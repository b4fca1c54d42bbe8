width = 10
precision = 4
value = 12.34567
print(f"{value:{width}.{precision}}")
print(f"{value:{width:{precision}}}")
print(f"{value:{width:{precision}d}.{precision}f}")
