# The errors of unpickling bad or truncated data, from bytes and from a file, with CPython's types and messages.
import io
import pickle

def attempt(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, str(e).split(" at 0x")[0])

cases = [b"", b"\x00", b"\xff", b" ", b"x", b"\x80\x05\x99", b"\x80\x04K", b"\x80\x06K\x01.", b"K\x01", b"(.", b".",
         b"a.", b"0.", b"2.", b"h\x05.", b"g5\n.", b"j\xff\xff\xff\xff.", b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00K\x01.",
         b"I1x\n.", b"Ixx\n.", b"I\n.", b"L\n.", b"F\n.", b"Fx\n.", b"gx\n.", b"cnomod\nx\n.", b"cbuiltins\nnothere\n.",
         b"cbuiltins\nint.from_bytes\n.", b"cbuiltins\nlen", b"\x80\x04\x8c\x08builtins\x8c\x0bint.nothere\x93.",
         b"\x80\x04\x8c\x08builtins\x8c\x0e<locals>.nothe\x93.", b"\x80\x04\x8c\x01aK\x01\x93.", b"\x82\x01.",
         b"\x80\x02\x82\x00.", b"\x80\x02\x84\x00\x00\x00\x00.", b"X\x01\x00\x00\x00\xff.", b"\x8c\x03ab", b"S'abc\n.",
         b'S"abc\n.', b"V\\u12\n.", b"\x80\x02\x8b\xff\xff\xff\xff.", b"T\xff\xff\xff\xff.", b"P1\n.", b"\x80\x02K\x01Q.",
         b"\x97.", b"K\x01\x98.", b"r\xff\xff\xff\xff.", b"p-1\n.", b"\x94.", b"(K\x01u.", b"}(K\x01u.", b"(K\x01d.",
         b"N\x81.", b")N\x81.", b"K\x01)\x81.", b"N}b.", b"]N\x81.", b"(1.", b"1.", b"K\x01K\x021.", b"(K\x01t."[:-1], b"\x80\x02U\x02\xe9a."]
for data in cases:
    attempt(lambda: pickle.loads(data))
    attempt(lambda: pickle.load(io.BytesIO(data)))

attempt(lambda: pickle.loads("abc"))
attempt(lambda: pickle.loads(b"N.", encoding=1))
attempt(lambda: pickle.loads(b"N.", errors=1))
attempt(lambda: pickle.loads(data=b"N."))
attempt(lambda: pickle.loads())
attempt(lambda: pickle.loads(b"N.", b"N."))
attempt(lambda: pickle.Unpickler(object()))
attempt(lambda: pickle.load(io.BytesIO(b"")))
