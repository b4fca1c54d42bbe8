-1
--1
+-1
~~x
not -1
-1.5
-1j
-(1)
-x ** 2
(-x) ** 2
2 ** -1
not not not x
