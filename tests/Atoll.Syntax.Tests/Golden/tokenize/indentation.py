class A:
    def f(self):
        if self:
            for i in range(3):
                while i:
                    pass
        return 1

    def g(self):
        try:
            pass
        except Exception:
            pass
        finally:
            pass
x = 1
if x:
  two
else:
        eight
