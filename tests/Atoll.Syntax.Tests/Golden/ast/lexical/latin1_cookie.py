# -*- coding: latin-1 -*-
x = "café"
y = b"caf\xe9"
été = 1
# comment: ©µ
