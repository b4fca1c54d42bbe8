value = 1
text = f'{value:{value}
'
