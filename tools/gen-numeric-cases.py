"""Generate the expected results of the numeric helpers (src/Atoll.Runtime/Numerics) by running CPython 3.13.

Writes JSON lines to tests/Atoll.Runtime.Tests/Numerics/cases/<area>.jsonl, one case a line:
  {"f": function, "a": [arguments], "r": result}   or   {"f": ..., "a": [...], "e": [exception type, message]}
Floats travel as their IEEE bits (a signed 64-bit integer), ints as decimal strings (any size), bytes as hex.
Random cases come from a fixed seed, so the files only change when this script does.
usage: python3.13 tools/gen-numeric-cases.py
"""
import json
import math
import os
import random
import struct
import sys

assert sys.version_info[:2] == (3, 13), sys.version

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "Atoll.Runtime.Tests", "Numerics", "cases")
rng = random.Random(20241007)


def bits(x):
    return struct.unpack("<q", struct.pack("<d", x))[0]


def from_bits(b):
    return struct.unpack("<d", struct.pack("<q", b))[0]


def compact(arg):
    """A long string travels as {"s": [prefix, unit, count, suffix]} when it is mostly one repeated unit."""
    if isinstance(arg, str) and len(arg) > 500:
        for unit in ("1", "0", "1_", "0_", "x", "7", "f"):
            start = arg.find(unit * 100)
            if start < 0:
                continue
            end = start
            while arg.startswith(unit, end):
                end += len(unit)
            return {"s": [arg[:start], unit, (end - start) // len(unit), arg[end:]]}
    return arg


class Writer:
    def __init__(self, name):
        self.path = os.path.join(OUT, name + ".jsonl")
        self.lines = []
        self.seen = set()

    def case(self, f, args, fn):
        args = [compact(a) for a in args]
        key = json.dumps([f, args])
        if key in self.seen:
            return
        self.seen.add(key)
        try:
            r = fn()
            self.lines.append(json.dumps({"f": f, "a": args, "r": r}))
        except (ValueError, OverflowError, ZeroDivisionError, TypeError, MemoryError) as e:
            self.lines.append(json.dumps({"f": f, "a": args, "e": [type(e).__name__, str(e)]}))

    def save(self):
        with open(self.path, "w", encoding="utf-8", newline="\n") as fh:
            fh.write("\n".join(self.lines) + "\n")
        print(f"{self.path}: {len(self.lines)} cases")


# ---------------------------------------------------------------- interesting doubles
def random_double():
    kind = rng.random()
    if kind < 0.35:
        while True:  # any bit pattern
            x = from_bits(rng.getrandbits(64) - (1 << 63))
            if math.isfinite(x):
                return x
    if kind < 0.6:
        return rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)
    if kind < 0.75:
        return float(rng.randint(-10**rng.randint(1, 18), 10**rng.randint(1, 18)))
    if kind < 0.85:
        return round(rng.uniform(-1000, 1000), rng.randint(0, 6))
    if kind < 0.92:
        return rng.randint(1, 999) / 10 ** rng.randint(1, 8)
    return from_bits(rng.getrandbits(52))  # subnormal


def edge_doubles():
    out = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, math.pi, math.e, 5e-324, -5e-324,
           1e-323, 2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308, -1.7976931348623157e308,
           1e16, 1e16 - 2, 9999999999999998.0, 1e16 + 2, 1e17, 123456789012345.0, 1234567890123456.0,
           12345678901234567.0, 0.0001, 1e-5, 9.999999999999999e-05, 0.00011, 1e22, 1e23, 9.999999999999999e22,
           2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1074, 2.0 ** -1022, 1.5e300, 1e300, 0.125, 0.375,
           2.675, 1.005, 0.045, 100.0, 1e100, 123.456, 1e-7, 4.35, 0.015, 1.25, -2.5, 1e15, 999999999999999.9]
    for e in range(-30, 31):
        x = float(f"1e{e}")
        out += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
    for e in (-4, -5, 15, 16, 17):
        x = 10.0 ** e
        y = x
        for _ in range(3):
            y = math.nextafter(y, 0)
            out.append(y)
    return out


SPECIALS = [math.inf, -math.inf, math.nan]


def gen_repr():
    w = Writer("repr")
    values = edge_doubles() + SPECIALS
    for _ in range(4000):
        values.append(random_double())
    for x in values:
        w.case("repr", [bits(x)], lambda x=x: repr(x))
    parts = edge_doubles()[:60] + SPECIALS + [-math.nan, -0.0, 0.0]
    for _ in range(600):
        re = rng.choice(parts) if rng.random() < 0.5 else random_double()
        im = rng.choice(parts) if rng.random() < 0.5 else random_double()
        w.case("repr_complex", [bits(re), bits(im)], lambda re=re, im=im: repr(complex(re, im)))
    w.save()


# ---------------------------------------------------------------- format()
def random_spec(types, allow_c=False):
    parts = []
    r = rng.random()
    if r < 0.25:
        parts.append(rng.choice(["<", ">", "^", "="]))
    elif r < 0.4:
        parts.append(rng.choice(["*", "0", "x", "\U0001F600", "é", " "]) + rng.choice(["<", ">", "^", "="]))
    if rng.random() < 0.35:
        parts.append(rng.choice(["+", "-", " "]))
    if rng.random() < 0.12:
        parts.append("z")
    if rng.random() < 0.25:
        parts.append("#")
    if rng.random() < 0.3:
        parts.append("0")
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 2, 5, 8, 10, 12, 15, 20, 25, 30])))
    if rng.random() < 0.3:
        parts.append(rng.choice([",", "_"]))
    if rng.random() < 0.5:
        parts.append("." + str(rng.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 16, 17, 18, 20, 25, 30, 50])))
    parts.append(rng.choice(types))
    return "".join(parts)


FLOAT_TYPES = ["", "", "e", "E", "f", "F", "g", "G", "n", "%"]
INT_TYPES = ["", "", "d", "b", "o", "x", "X", "n", "c", "e", "f", "g", "%", "E", "G", "F"]

FORMAT_ERRORS = ["abc", ".", ",_", "_,", ",,", "__", ",s", "_s", ",x", "_x", ",c", ",n", "_n", "z", "+c", "#c", "-c",
                 " c", ".2", ".2d", "=s", "s", "r", "\x00", ",\x00", "\n", "\x80", "é", "\u1234", "\U0001F600",
                 "99999999999999999999", ".99999999999999999999", ".2147483648f", ".2147483647", ".2147483647e", "1.", "x<",
                 "<<", "=^", ",.2", "z#0", "10,", "10_", "  ", "+ ", "-+", "0x", "#0o", "٣", "١٠", ".١", "%%", "e,",
                 "_b", "_o", "_X", ",b", "z,", "1_000", "x", "X", "b", "o", "c", "d", "n", "%", "e", "E", "f", "F",
                 "g", "G", "#", "0", "00", "000", "+", "-", " ", "<", ">", "^", "=", "*<10", "0<5", "0>5", "0^5",
                 "0=5", "05", "-05", "+#012_b", "z.2f", "z%", "#.0e", "#.0f", "#g", "#.3g", "#", "#10", "=+10",
                 "=10", " =10", "_=20,", ",=20_", "=20,", "020,", "020_", "08,", "09,", "010,", "0=12,.2f"]


def gen_format():
    w = Writer("format")
    fvals = [0.0, -0.0, 1.0, -1.0, 1.5, -1.5, 0.1, 1234.5, -1234.5678, 1234567.891, 1e16, 1e-5, 1e-4, 123456789.0,
             100.0, 12.5, 0.5, 2.5, 0.125, 0.375, 1e100, 1.5e300, 5e-324, 1e22, 9.995, 0.0001234, 999999.5, 1e15,
             0.999999, 9.9999999, 99.5, 3.14159265358979, -0.00001, 1e-10, -1e-10, 12345.678, 1.7976931348623157e308]
    fvals += SPECIALS + [-math.nan]
    for x in fvals:
        for spec in FORMAT_ERRORS + ["", ".0", ".1", ".3", ".16", ".17", "10", "<10", "^10", ".0%", ",", "_", ",.2f"]:
            w.case("format_float", [bits(x), spec], lambda x=x, spec=spec: format(x, spec))
    for _ in range(3500):
        x = rng.choice(fvals) if rng.random() < 0.5 else random_double()
        spec = random_spec(FLOAT_TYPES)
        w.case("format_float", [bits(x), spec], lambda x=x, spec=spec: format(x, spec))

    ivals = [0, 1, -1, 7, -7, 42, 65, 255, -255, 1000, 1234, -1234, 65535, 1234567, -1234567, 0x10FFFF, 0x110000,
             0x1F600, 2**31, 2**53 + 1, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 10**20, -10**25 - 7, 2**100,
             3**200, -(7**150)]
    for v in ivals:
        for spec in FORMAT_ERRORS + ["", "10", "<10", "^10", ",", "_", "x", "#x", "#X", "#b", "#o", "c", "=10c"]:
            w.case("format_int", [str(v), spec], lambda v=v, spec=spec: format(v, spec))
    for _ in range(2500):
        v = rng.choice(ivals) if rng.random() < 0.4 else rng.randint(-10**rng.randint(1, 40), 10**rng.randint(1, 40))
        spec = random_spec(INT_TYPES)
        w.case("format_int", [str(v), spec], lambda v=v, spec=spec: format(v, spec))
    for spec in ["x", "c", "s"]:
        w.case("format_bool", ["1", spec], lambda spec=spec: format(True, spec))

    svals = ["", "a", "abc", "hello world", "\U0001F600x", "é\u0301", "a\U0001F600b\U0001F601c", "12345"]
    for s in svals:
        for spec in FORMAT_ERRORS + ["", "s", "10", "<10", ">10", "^10", "^9", "*^9", ".2", ".0", "10.3", "\U0001F600^7",
                                     "x>5.1s", "05", "<05", "1", ".10"]:
            w.case("format_str", [s, spec], lambda s=s, spec=spec: format(s, spec))
    for _ in range(300):
        s = rng.choice(svals)
        spec = random_spec(["", "s"])
        w.case("format_str", [s, spec], lambda s=s, spec=spec: format(s, spec))
    w.save()


# ---------------------------------------------------------------- printf-style
def random_flags():
    return "".join(rng.choice("-+ #0") for _ in range(rng.choice([0, 0, 1, 1, 2, 3])))


def gen_printf():
    w = Writer("printf")
    ivals = [0, 1, -1, 3, -3, 8, 10, -10, 255, -255, 1234567, 2**63 - 1, -2**63, 2**64, -(3**90), 10**30]
    for _ in range(1500):
        v = rng.choice(ivals) if rng.random() < 0.5 else rng.randint(-10**rng.randint(1, 30), 10**rng.randint(1, 30))
        flags = random_flags()
        width = rng.choice([-1, -1, 0, 1, 3, 5, 8, 12, 25])
        prec = rng.choice([-1, -1, -1, 0, 1, 3, 5, 10, 30])
        conv = rng.choice("diuoxX")
        fmt = "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv
        w.case("printf_int", [str(v), flags, width, prec, conv], lambda v=v, fmt=fmt: fmt % v)
    fvals = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.125, 1234567.0, 1e-5, 1e-4, 1e16, 1e100, 5e-324, 123.456, 0.1,
             -1234.5678, 9.9999, 99.5, 1e22] + SPECIALS
    for x in fvals:
        for fmt in ["%f", "%e", "%g", "%.3g", "%#.3g", "%#g", "%.0e", "%#.0e", "%.0f", "%#.0f", "%010.2f", "%-10.2f",
                    "%+.2E", "% G", "%#x"[:0] + "%.17g", "%.20f", "%.30e"]:
            flags = ""
            i = 1
            while fmt[i] in "-+ #0":
                flags += fmt[i]
                i += 1
            j = i
            while fmt[j].isdigit():
                j += 1
            width = int(fmt[i:j]) if j > i else -1
            prec = -1
            if fmt[j] == ".":
                k = j + 1
                while fmt[k].isdigit():
                    k += 1
                prec = int(fmt[j + 1:k])
                j = k
            w.case("printf_float", [bits(x), flags, width, prec, fmt[j]], lambda x=x, fmt=fmt: fmt % x)
    for _ in range(2000):
        x = rng.choice(fvals) if rng.random() < 0.4 else random_double()
        flags = random_flags()
        width = rng.choice([-1, -1, 0, 1, 5, 10, 15, 30])
        prec = rng.choice([-1, -1, 0, 1, 2, 3, 6, 10, 17, 25])
        conv = rng.choice("eEfFgG")
        fmt = "%" + flags + (str(width) if width >= 0 else "") + ("." + str(prec) if prec >= 0 else "") + conv
        w.case("printf_float", [bits(x), flags, width, prec, conv], lambda x=x, fmt=fmt: fmt % x)
    # Exact ties: dyadic fractions and integers ending in 5 cut exactly at a 5 (rounded half to even).
    for _ in range(150):
        n = rng.randint(1, 14)
        x = (rng.getrandbits(rng.randint(1, 50)) | 1) / 2 ** n * rng.choice([1, -1])
        for p in range(0, n + 1):
            w.case("printf_float", [bits(x), "", -1, p, "f"], lambda x=x, p=p: "%.*f" % (p, x))
    for _ in range(150):
        x = float(rng.randint(1, 10**rng.randint(1, 15)) * 10 + 5) * rng.choice([1, 2 ** rng.randint(0, 20), 2.0 ** -rng.randint(0, 20)])
        for p in range(0, 17):
            w.case("printf_float", [bits(x), "", -1, p, "e"], lambda x=x, p=p: "%.*e" % (p, x))
            w.case("printf_float", [bits(x), "#", -1, p, "g"], lambda x=x, p=p: "%#.*g" % (p, x))
    w.save()


# ---------------------------------------------------------------- float(str), int(str, base)
def gen_parse():
    w = Writer("parse")
    fstrs = ["0", "1", "-1", "+1.5", "1.", ".5", ".", "", " ", "  1.5  ", "\t1e5\n", "1e", "1e+", "e5", "1e5", "1E-5",
             "1_000.5", "1__0", "_1", "1_", "1_.5", "1._5", "1e1_0", "1e_10", "1_e10", "inf", "-inf", "+inf", "INF",
             "Infinity", "-iNfInItY", "infinit", "in f", "nan", "-nan", "+NaN", "nan1", "nanx", "0x10", "1\x00",
             "\u00a01.5\u3000", "\x1c1", "1\x1f", "\u0661\u0662\u0663.\u0665", "\U0001D7CF\U0001D7D0", "1.5\u0661",
             "- 1", "+-1", "--1", "1 2", "1e500", "-1e500", "1e-500", "-1e-500", "1" * 400, "0." + "0" * 400 + "1",
             "0e999999999999999999999", "1e999999999999999999999", "1e-999999999999999999999",
             "0." + "0" * 1000 + "1e1005", "9007199254740993", "9007199254740993.0000000000000000001",
             "2.4703282292062327e-324", "2.4703282292062328e-324", "4.9406564584124654e-324",
             "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308", "0.1", "123456789e-2",
             "1_2_3.4_5e-1_0", "x" * 300, "abc", "'", "\"", "'\"", "é", "\U0001F600", "1.5j", "1,5", "١٫٥",
             "\u2007", "\u20071\u2007", "\u180e1", "1\u0085", "\u20281", "00001", "-0", "-0.0", "+.5e-3"]
    for _ in range(800):
        x = random_double()
        fmt = rng.choice(["%r", "%.17g", "%.25e", "%.3e", "%.40f", "%.0f", "%.20g"])
        try:
            s = fmt.replace("%r", "%s") % (repr(x) if fmt == "%r" else x)
        except OverflowError:
            continue
        fstrs.append(s)
    for _ in range(400):
        s = "".join(rng.choice("0123456789_.eE+- ") for _ in range(rng.randint(1, 10)))
        fstrs.append(s)
    for s in fstrs:
        w.case("parse_float", [s], lambda s=s: bits(float(s)))

    istrs = ["0", "1", "-1", "+7", " 42 ", "\t-42\n", "", " ", "x", "1 2", "+ 1", "--1", "1_000", "1__0", "_1", "1_",
             "0x10", "0X10", "0o17", "0b101", "0B1", "0x", "0b", "0o", "0x_1f", "0x__1f", "0_x1", "0x_", "010", "00",
             "0_0", "0_7", "-0", "0" * 50, "1\x00", "\u00a012\u3000", "\x1c1", "\u0661\u0662\u0663",
             "\U0001D7CF\U0001D7D0", "\u0663", "a\u0663", "z", "Z", "zz", "12", "ff", "FF", "-ff", "0xff", "0xFF",
             "9" * 18, "9" * 19, "9223372036854775807", "9223372036854775808", "-9223372036854775808",
             "-9223372036854775809", "1" * 100, "0b" + "1" * 200, "0o" + "7" * 100, "0x" + "f" * 100, "x" * 300,
             "'", "é", "1.0", "1e5", "١٫٥", "0b2", "0o8", "0xg", "٠x1"]
    bases = [0, 2, 8, 10, 16, 36, 3, 7, 32, 1, -1, 37]
    for s in istrs:
        for b in bases:
            w.case("parse_int", [s, b], lambda s=s, b=b: str(int(s, b)))
    for _ in range(1000):
        b = rng.choice([0, 2, 8, 10, 10, 16, 36, 5])
        alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"[:max(b, 10)] + "_ -+xXoObB"
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 25)))
        w.case("parse_int", [s, b], lambda s=s, b=b: str(int(s, b)))
    for _ in range(300):
        v = rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))
        b = rng.choice([0, 2, 8, 10, 16, 36, 7])
        s = {0: str(v), 2: format(v, "b"), 8: format(v, "o"), 10: str(v), 16: format(v, "x")}.get(b)
        if s is None:
            s = str(abs(v))
        w.case("parse_int", [s, b], lambda s=s, b=b: str(int(s, b)))

    # The digit limit, in both directions (sys.set_int_max_str_digits: 0 or at least 640).
    for limit in (4300, 640, 0, 1000):
        for s, b in [("1" * 4300, 10), ("1" * 4301, 10), ("1_" * 4300 + "1", 10), ("0" * 5000, 0), ("-" + "1" * 4301, 10),
                     ("1" * 5000, 16), ("1" * 5000, 36), ("1" * 5000, 32), ("1" * 641, 10), ("1" * 640, 7),
                     ("0x" + "1" * 5000, 0), ("1" * 5000 + "x", 10), ("1" * 5000 + " ", 10), ("1" * 1001, 0)]:
            sys.set_int_max_str_digits(limit)
            w.case("parse_int_limit", [s, b, limit], lambda s=s, b=b: str(int(s, b)) if len(s) < 1200 else "ok" if int(s, b) is not None else "")
        for v in [10**4299, 10**4300 - 1, 10**4300, -10**4300, 10**639, 10**640, -(10**640), 2**14285, 10**999, 10**1000]:
            sys.set_int_max_str_digits(limit)
            w.case("int_str_limit", [hex(v), limit], lambda v=v: len(str(v)))
    sys.set_int_max_str_digits(4300)
    w.save()


# ---------------------------------------------------------------- hash()
def gen_hash():
    w = Writer("hash")
    ints = [0, 1, -1, -2, 2, 2**61 - 2, 2**61 - 1, 2**61, 2**61 + 1, -(2**61 - 1), -(2**61), 2**62, 2**63 - 1, -2**63,
            2**63, 2**64, -2**64, 2**100, -2**100, 10**30, -10**30, 3**500]
    ints += [rng.randint(-2**rng.randint(1, 200), 2**rng.randint(1, 200)) for _ in range(400)]
    for v in ints:
        w.case("hash_int", [str(v)], lambda v=v: hash(v))
    floats = [0.0, -0.0, 0.5, -0.5, 1.0, -1.0, 1.5, -1.5, 1e300, -1e300, 2.0**61, 2.0**62, 5e-324, 1e-300, math.inf,
              -math.inf, 0.1, 1 / 3, 2.0**-1074, 2.0**-61, 2.0**-60, 1.7976931348623157e308]
    floats += [random_double() for _ in range(600)]
    for x in floats:
        w.case("hash_float", [bits(x)], lambda x=x: hash(x))
    for _ in range(200):
        re, im = rng.choice(floats), rng.choice(floats)
        w.case("hash_complex", [bits(re), bits(im)], lambda re=re, im=im: hash(complex(re, im)))
    items = [0, 1, -1, -2, 2**61 - 1, 2**61, 2**64, -2**100, 0.5, 1e300, -1.5, math.inf]
    tuples = [(), (0,), (-1,), (1, 2), (1, 2, 3), tuple(items), (0.5, -1), (-1, -1), (-2,), (2**64, 1e300)]
    for _ in range(300):
        tuples.append(tuple(rng.choice(items + ints[:50]) for _ in range(rng.randint(0, 8))))
    for t in tuples:
        w.case("hash_tuple", [[str(hash(v)) for v in t]], lambda t=t: hash(t))
    w.save()


# ---------------------------------------------------------------- arithmetic
def rand_int():
    r = rng.random()
    if r < 0.4:
        return rng.randint(-100, 100)
    if r < 0.7:
        return rng.randint(-2**63, 2**63 - 1)
    return rng.randint(-2**rng.randint(64, 300), 2**rng.randint(64, 300))


def gen_arith():
    w = Writer("arith")
    pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 5), (0, -5), (5, 0), (-2**63, -1), (-2**63, 1), (2**63 - 1, -1),
             (-2**63, 2**63 - 1), (2**64, 3), (-2**64, 3), (1, -2**70), (10**30, -7)]
    pairs += [(rand_int(), rand_int() or 1) for _ in range(400)]
    for a, b in pairs:
        w.case("floordiv_int", [str(a), str(b)], lambda a=a, b=b: str(a // b))
        w.case("mod_int", [str(a), str(b)], lambda a=a, b=b: str(a % b))
        w.case("divmod_int", [str(a), str(b)], lambda a=a, b=b: [str(v) for v in divmod(a, b)])
        w.case("truediv_int", [str(a), str(b)], lambda a=a, b=b: bits(a / b))
    big = [(2**1100, 3), (2**1024, 1), (2**1024 - 2**970, 1), (2**1024 - 2**971, 1), (1, 2**1074), (1, 2**1075),
           (3, 2**1076), (1, 3 * 2**1073), (2**2000, 2**1000), (10**400, 10**390), (1, 10**400), (-1, 10**400),
           (2**53 + 1, 1), (2**54 + 3, 2), (10**30 + 1, 10**14), (2**1023 * 3, 2), (-(2**1023 * 3), 4)]
    for _ in range(250):
        a = rng.randint(1, 2**rng.randint(1, 1200)) * rng.choice([1, -1])
        b = rng.randint(1, 2**rng.randint(1, 1200)) * rng.choice([1, -1])
        big.append((a, b))
    for a, b in big:
        w.case("truediv_int", [str(a), str(b)], lambda a=a, b=b: bits(a / b))
    tod = [2**53 + 1, 2**63, 2**63 + 1, 2**64 - 1, 2**1024, 2**1024 - 2**970, 2**1024 - 2**971, -(2**1024 - 2**971),
           2**1023 + 2**970 + 1, 2**60 + 2**7 + 1, 2**60 + 2**7, 2**60 + 3 * 2**7, 10**308, 10**309]
    tod += [rng.randint(1, 2**rng.randint(60, 1100)) for _ in range(250)]
    for v in tod:
        w.case("int_to_double", [str(v)], lambda v=v: bits(float(v)))

    fv = [0.0, -0.0, 1.0, -1.0, 0.5, 3.0, -3.0, 7.5, -7.5, 1e300, -1e300, 5e-324, 1e-300, math.inf, -math.inf,
          math.nan, 0.1, 2.0, -2.0, 1e16, 1e22]
    fpairs = [(a, b) for a in fv for b in fv] + [(random_double(), random_double()) for _ in range(600)]
    for a, b in fpairs:
        for name, fn in [("floordiv_float", lambda a, b: bits(a // b)), ("mod_float", lambda a, b: bits(a % b)),
                         ("divmod_float", lambda a, b: [bits(v) for v in divmod(a, b)]),
                         ("truediv_float", lambda a, b: bits(a / b))]:
            w.case(name, [bits(a), bits(b)], lambda a=a, b=b, fn=fn: fn(a, b))

    def fpow(a, b):
        if math.isfinite(a) and a < 0 and math.isfinite(b) and b != math.floor(b):
            return "complex"  # float.__pow__ hands over to complex.__pow__ (which may raise its own errors)
        r = a ** b
        return "complex" if isinstance(r, complex) else bits(r)
    pv = fv + [-8.0, 0.25, -0.5, 10.0, 2.5, -2.5, 1.5, 1e-10]
    for a in pv:
        for b in pv + [1/3, -1/3, 0.5, -0.5, 2.0, 3.0, -3.0, 400.0, -400.0, 1075.0, -1075.0]:
            w.case("pow_float", [bits(a), bits(b)], lambda a=a, b=b: fpow(a, b))
    for _ in range(300):
        a, b = random_double() % 100 * rng.choice([1, -1]), rng.uniform(-50, 50)
        if rng.random() < 0.3:
            b = float(round(b))
        w.case("pow_float", [bits(a), bits(b)], lambda a=a, b=b: fpow(a, b))

    def ipow(a, b):
        r = a ** b
        return str(r) if isinstance(r, int) else bits(r)
    ipairs = [(2, 10), (2, 62), (2, 63), (2, 64), (-2, 63), (-2, 64), (3, 40), (3, 41), (-3, 41), (10, 18), (10, 19),
              (0, 0), (0, 5), (1, 10**20), (-1, 10**20), (-1, 10**20 + 1), (0, 10**20), (7, 0), (2, -1), (2, -10),
              (0, -1), (-2, -3), (10**400, -1), (2, -(10**400)), (2**64, 3), (-(2**70), 5), (123456789, 7),
              (2**1000, 2), (5, 300), (-5, 301), (2, 1000), (-2, 999), (4, 100), (-4, 101)]
    ipairs += [(rng.randint(-50, 50), rng.randint(0, 60)) for _ in range(200)]
    ipairs += [(rng.randint(-10**6, 10**6), rng.randint(-5, 5)) for _ in range(100)]
    for a, b in ipairs:
        w.case("pow_int", [str(a), str(b)], lambda a=a, b=b: ipow(a, b))
    mtriples = [(2, 10, 1000), (2, -1, 4), (2, 3, 0), (3, -1, 7), (3, -2, 7), (-3, 5, 7), (3, 5, -7), (-3, 5, -7),
                (5, 0, 1), (5, 0, -1), (0, 0, 7), (0, -1, 7), (2, 10**30, 10**9 + 7), (12345, -1, 2**61 - 1),
                (6, -1, 9), (7, 3, 1), (2**100, 2**100, 3**50), (-(2**100), -3, 10**20 + 39)]
    mtriples += [(rng.randint(-10**20, 10**20), rng.randint(-20, 10**10), rng.choice([-1, 1]) * rng.randint(1, 10**15))
                 for _ in range(300)]
    for a, b, m in mtriples:
        w.case("powmod", [str(a), str(b), str(m)], lambda a=a, b=b, m=m: str(pow(a, b, m)))

    rvals = [2.675, 0.125, 0.375, 0.5, 1.5, 2.5, -0.5, -2.5, 25.0, 35.0, 15.0, -25.0, 5000.0, 15000.0, 1e300, 1e-300,
             1.7976931348623157e308, 5e-324, 0.0, -0.0, 1.005, 0.045, 123.456, 1e16, 9.5, 10.5, 0.05, 0.15, 0.25,
             4.35, 5e22, 1e22, 9.999999999999999e22, 1e23, 4999.999999, 1234567.5, -0.4, 0.4]
    rvals += [random_double() for _ in range(200)] + SPECIALS
    for x in rvals:
        w.case("round_float", [bits(x), None], lambda x=x: str(round(x)))
        for nd in [0, 1, 2, 3, -1, -2, -3, 5, 10, 17, 20, 300, 323, 324, -22, -23, -308, -309, rng.randint(-30, 30)]:
            w.case("round_float", [bits(x), nd], lambda x=x, nd=nd: bits(round(x, nd)))
    for v in [25, 35, 15, -25, -35, 5, -5, 0, 1234567, 1250, 1350, -1250, 10**30 + 5 * 10**9, 2**100, 55, 45, 95]:
        for nd in [-1, -2, -3, -10, -40, 0, 2]:
            w.case("round_int", [str(v), nd], lambda v=v, nd=nd: str(round(v, nd)))
    for _ in range(200):
        v, nd = rand_int(), rng.randint(-25, 2)
        w.case("round_int", [str(v), nd], lambda v=v, nd=nd: str(round(v, nd)))
    w.save()


# ---------------------------------------------------------------- float methods, int methods
def gen_methods():
    w = Writer("methods")
    vals = edge_doubles() + SPECIALS + [random_double() for _ in range(500)]
    for x in vals:
        w.case("as_integer_ratio", [bits(x)], lambda x=x: [str(v) for v in x.as_integer_ratio()])
        w.case("is_integer", [bits(x)], lambda x=x: x.is_integer())
        w.case("float_hex", [bits(x)], lambda x=x: x.hex())
        w.case("float_to_int", [bits(x)], lambda x=x: str(int(x)))
    hexes = ["0x1p0", "0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x1.0000000000001p-1075", "0x1p-1076", "0x3p-1076",
             "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1.fffffffffffffp1023", "0x1p1024", "0x1p9999",
             "0x1p-99999", "0x0p99999", "0x.8", "0x8.", "0x.", "0x", "1", "a", "1.8", "  0x1p3  ", "0X1P3", "+0x1",
             "-0x0", "inf", "-Infinity", "nan", "-NaN", "0x1p", "0x1p+", "0x1p+-1", "x1", "0xg", "0x1 p1", "",
             " ", "0x1p1.5", "0x1.ffffffffffffffffffffffffp0", "0x1.00000000000008p0", "0x1.00000000000008000001p0",
             "0x1.00000000000018p0", "0x0000000000000000001p0", "0x0.0000000000000000001p80", "0x1_0", "\u00a00x1",
             "0x1" + "0" * 300 + "p-1200", "0x0.0000000000001p-1022", "0x0.00000000000008p-1022", "0x1p1023",
             "0x1.ffffffffffffep-1023", "0x1.fffffffffffffp-1023", "0x" + "f" * 40, "0x1p-1022"]
    for x in vals[:300]:
        h = x.hex()
        hexes += [h, h.upper(), h.replace("p", "0000p"), " " + h + "\n"]
    for _ in range(300):
        mant = "".join(rng.choice("0123456789abcdef") for _ in range(rng.randint(1, 30)))
        dot = rng.randint(0, len(mant))
        hexes.append(rng.choice(["", "-", "+"]) + rng.choice(["0x", ""]) + mant[:dot] + "." + mant[dot:] + "p" + str(rng.randint(-1200, 1100)))
    for s in hexes:
        w.case("float_fromhex", [s], lambda s=s: bits(float.fromhex(s)))

    ints = [0, 1, -1, 2, -2, 7, 255, 256, -128, -129, 2**31, 2**63 - 1, -2**63, 2**63, 2**64, -2**64, 10**30, -(3**100)]
    ints += [rand_int() for _ in range(300)]
    for i, v in enumerate(ints):
        w.case("bit_length", [str(v)], lambda v=v: v.bit_length())
        w.case("bit_count", [str(v)], lambda v=v: v.bit_count())
        w.case("bin", [str(v)], lambda v=v: bin(v))
        w.case("oct", [str(v)], lambda v=v: oct(v))
        w.case("hex", [str(v)], lambda v=v: hex(v))
        for length in ([0, 1, 2, 8, 9, 16, -1] if i < 120 else []):
            for order in ["big", "little"]:
                for signed in [False, True]:
                    w.case("to_bytes", [str(v), length, order, signed],
                           lambda v=v, length=length, order=order, signed=signed: v.to_bytes(length, order, signed=signed).hex())
    blobs = ["", "00", "ff", "7f", "80", "0001", "ff00", "ffffffffffffffff", "7fffffffffffffff", "8000000000000000",
             "ffffffffffffffffff", "00ffffffffffffffff", "0102030405060708090a"]
    blobs += [os.urandom(0).hex() + "".join(rng.choice("0123456789abcdef") for _ in range(2 * rng.randint(1, 20))) for _ in range(100)]
    for b in blobs:
        for order in ["big", "little"]:
            for signed in [False, True]:
                w.case("from_bytes", [b, order, signed],
                       lambda b=b, order=order, signed=signed: str(int.from_bytes(bytes.fromhex(b), order, signed=signed)))
    w.save()


if __name__ == "__main__":
    os.makedirs(OUT, exist_ok=True)
    gen_repr()
    gen_format()
    gen_printf()
    gen_parse()
    gen_hash()
    gen_arith()
    gen_methods()
