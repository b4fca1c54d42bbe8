a = '\w'
b = "\%"
c = '''
\q
'''
print(a, b, c)
