# UTF-8 with the surrogatepass handler: lone surrogates are written as their own three bytes and read back.
for s in ["a\ud800b", "\udfff", "x\udc80\ud800", "\U0001f600"]:
    b = s.encode("utf-8", "surrogatepass")
    print(b, b.decode("utf-8", "surrogatepass") == s)
try:
    "a\ud800".encode("utf-8")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
import pickle
for proto in range(6):
    print(proto, pickle.dumps(bytearray(b"q\xff"), proto))
