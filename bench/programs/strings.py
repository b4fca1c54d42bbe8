"""String building and string methods.

Builds a text report from generated records with f-strings (format specs:
width, alignment, precision, hex, thousands separators), str.format and %
formatting; then slices, splits, joins, searches, replaces, changes case,
pads, reverses and re-encodes it with ord/chr, str.maketrans/translate,
run-length encoding and += concatenation. Prints lengths and checksums.
"""

import sys

WORDS = ("alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel",
         "india", "juliet", "kilo", "lima", "mike", "november", "oscar", "papa")


def checksum(text):
    """FNV-1a over every 5th character (the rest of the program should dominate the time)."""
    h = 2166136261
    for ch in text[::5]:
        h = ((h ^ ord(ch)) * 16777619) & 0xFFFFFFFF
    return h


def make_lines(n):
    lines = []
    seed = 12345
    for i in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        name = WORDS[seed % len(WORDS)]
        other = WORDS[(seed >> 8) % len(WORDS)]
        value = (seed >> 4) % 100000
        ratio = value / 997.0
        if i % 3 == 0:
            line = f"{i:06d}|{name:<10}|{other.upper():>10}|{value:>8,}|{ratio:9.3f}|{value:#x}"
        elif i % 3 == 1:
            line = "{:06d}|{:<10}|{:>10}|{:>8,}|{:9.3f}|{:#x}".format(i, name.title(), other, value, ratio, value)
        else:
            line = "%06d|%-10s|%10s|%8d|%9.3f|%#x" % (i, name.capitalize(), other[::-1], value, ratio, value)
        lines.append(line)
    return lines


def transform(line):
    fields = line.split("|")
    ident, name, other, value, ratio, hexval = [f.strip() for f in fields]
    name = name.lower()
    if name.startswith("a") or name.endswith("o"):
        name = name.replace("a", "4").replace("o", "0")
    other = other.swapcase()
    value = value.replace(",", "")
    key = ident[-3:] + name[:3] + other[-2:]
    left, sep, right = ratio.partition(".")
    return "-".join((key, name.center(12, "."), other.ljust(10, "_"), value.zfill(8), right + sep + left, hexval[2:]))


def run_length(text):
    if not text:
        return ""
    out = []
    prev = text[0]
    count = 1
    for ch in text[1:]:
        if ch == prev:
            count += 1
        else:
            out.append(f"{count}{prev}" if count > 1 else prev)
            prev = ch
            count = 1
    out.append(f"{count}{prev}" if count > 1 else prev)
    return "".join(out)


def caesar(text, shift):
    lower = "abcdefghijklmnopqrstuvwxyz"
    upper = lower.upper()
    table = str.maketrans(lower + upper, lower[shift:] + lower[:shift] + upper[shift:] + upper[:shift])
    return text.translate(table)


def rot_by_hand(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - 97 + shift) % 26 + 97))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - 65 + shift) % 26 + 65))
        else:
            out.append(ch)
    return "".join(out)


def main(n):
    lines = make_lines(n)
    report = "\n".join(lines)
    print(f"report: {len(lines)} lines, {len(report)} chars, checksum {checksum(report):08x}")

    transformed = [transform(line) for line in lines]
    joined = "\n".join(transformed)
    print(f"transformed: {len(joined)} chars, checksum {checksum(joined):08x}")
    print("sample:", transformed[7])

    counts = [joined.count(w[:3]) for w in WORDS[:6]]
    first = [joined.find(w) for w in ("delt", "hotel", "n0vember", "zzz")]
    print("counts:", counts, "find:", first, "rfind:", joined.rfind("0") % 1000)

    encoded = caesar(joined, 3)
    decoded = rot_by_hand(encoded, 23)
    print("caesar round trip:", decoded == joined, "checksum", f"{checksum(encoded):08x}")

    rle = run_length(joined.replace("-", "").replace("_", "_____"))
    print(f"run-length: {len(rle)} chars, checksum {checksum(rle):08x}")

    acc = ""
    for i, line in enumerate(lines):
        if i % 50 == 0:
            acc += line[::-1][:20] + ";"
    words = acc.split(";")
    print(f"concatenated: {len(acc)} chars, {len(words)} pieces, last {words[-2]!r}")

    table = []
    for w in WORDS:
        table.append(f"|{w:^12}|{len(w):>3}|{w.upper().encode().hex()[:8]}|{w.isalpha()!s:>5}|")
    print("\n".join(table[:3]))
    print("table checksum", f"{checksum(''.join(table)):08x}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 55000)
