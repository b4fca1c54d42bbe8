#!/usr/bin/env python3
"""Write src/Atoll.Syntax/Data/nfkc.txt.gz, the data NFKC normalization of identifiers needs (docs.python.org/3/
reference/lexical_analysis.html#identifiers), from CPython 3.13's unicodedata (Unicode 15.1). Hangul is computed.
Lines: `D HEX HEX...` a code point and its full compatibility decomposition; `C HEX N` a canonical combining class
other than 0; `P HEX HEX HEX` two code points and the primary composite they compose to.

usage: $(pyenv prefix 3.13.0)/bin/python tools/gen_nfkc.py
"""
import gzip, os, sys, unicodedata
assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
out = os.path.join(os.path.dirname(__file__), "..", "src", "Atoll.Syntax", "Data", "nfkc.txt.gz")
lines = []
for cp in range(0x110000):
    if 0xAC00 <= cp <= 0xD7A3 or 0xD800 <= cp <= 0xDFFF:
        continue
    ch = chr(cp)
    nfkd = unicodedata.normalize("NFKD", ch)
    if nfkd != ch:
        lines.append("D %X %s" % (cp, " ".join("%X" % ord(c) for c in nfkd)))
    ccc = unicodedata.combining(ch)
    if ccc:
        lines.append("C %X %d" % (cp, ccc))
    d = unicodedata.decomposition(ch)
    if d and not d.startswith("<"):
        parts = [int(p, 16) for p in d.split()]
        if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == ch:
            lines.append("P %X %X %X" % (parts[0], parts[1], cp))
with gzip.GzipFile(out, "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode("ascii"))
print(len(lines), "lines")
