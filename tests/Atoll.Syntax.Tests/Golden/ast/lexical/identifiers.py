café = 3
Ωmega = 4
名前 = 5
_private = 6
__dunder__ = 7
x1 = 8
def größe(ärg): return ärg
class Ñandú: pass
import módulo
obj.ñame = 1
f(ключ=1)
μ = 2
