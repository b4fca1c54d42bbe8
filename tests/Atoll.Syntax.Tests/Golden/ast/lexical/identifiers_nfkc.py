ﬁ = 1
ｘ = 2
café = 3
Ωmega = 4
名前 = 5
_private = 6
__dunder__ = 7
x1 = 8
ℌ = 9
ᵢ = 10
def ﬁnd(ａrg): return ａrg
class Ｃlass: pass
import ｍod
obj.ﬁeld = 1
f(ｋw=1)
café = 1
q̣̇ = 2
가 = 3
ｶﾞ = 4
ǆ = 5
print(café, ṩ)
