# A subclass of bytearray: instances keep their class, attributes and mutability; operations return plain bytearrays.
import copy, pickle


class BA(bytearray):
    def shout(self):
        return self.upper()


x = BA(b"ab")
x.tag = "t"
x += b"cd"
x.append(101)
x[0] = 65
print(type(x).__name__, x, x.tag, x.shout(), type(x.shout()).__name__, len(x), x == b"Abcde")
for r in (x[:], x * 2, x + b"!", x.strip(), x.replace(b"b", b"B"), bytearray(x), bytes(x), x.copy()):
    print(type(r).__name__, r)
print(type(BA()).__name__, BA(3), BA("é", "utf-8"), BA([1, 2]), isinstance(x, bytearray))
c = copy.copy(x)
print(type(c).__name__, c, c.tag)
p = pickle.loads(pickle.dumps(x))
print(type(p).__name__, p, p.tag)
m = memoryview(x)
print(m[0], bytes(m[1:3]))
