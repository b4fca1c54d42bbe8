name = 'x'
print(f'\{name}\d')
