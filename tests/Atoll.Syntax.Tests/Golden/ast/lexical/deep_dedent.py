class A:
    class B:
        class C:
            def f(self):
                if x:
                    for y in z:
                        while w:
                            pass
x = 1
if a:
    if b:
        if c:
            pass
