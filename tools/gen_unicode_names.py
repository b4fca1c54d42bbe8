#!/usr/bin/env python3
"""Write src/Atoll.Syntax/Data/unicode_names.txt.gz: every named code point as `HEX;NAME` lines, from CPython 3.13's
unicodedata (Unicode 15.1). CJK unified ideographs and Hangul syllables are left out: their names are computed.

usage: $(pyenv prefix 3.13.0)/bin/python tools/gen_unicode_names.py
"""
import gzip, os, sys, unicodedata
assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
out = os.path.join(os.path.dirname(__file__), "..", "src", "Atoll.Syntax", "Data", "unicode_names.txt.gz")
os.makedirs(os.path.dirname(out), exist_ok=True)
lines = []
for cp in range(0x110000):
    name = unicodedata.name(chr(cp), None)
    if name is None or name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE "):
        continue
    lines.append(f"{cp:X};{name}")
with gzip.GzipFile(out, "wb", mtime=0) as f:
    f.write(("\n".join(lines) + "\n").encode("ascii"))
print(len(lines), "names")
