a = '''it's "quoted" ''text'' '''
b = """say "hi" and ""bye"" """
c = r'\''
d = r"\""
e = r'\\'
f = r'a\
b'
g = 'it\'s'
h = "\"q\""
i = '''\''''
j = """ends with quote\""""
k = '#not a comment'
l = '\\n'
m = r'\N{EURO SIGN}'
n = b'\\N{EURO SIGN}'
