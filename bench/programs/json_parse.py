"""A JSON-like serializer, tokenizer and recursive-descent parser in pure Python.

Builds a nested document (dicts, lists, strings with escapes and non-ASCII
characters, ints, floats, true/false/null) from a seeded generator, serializes
it, tokenizes the text character by character into (kind, value) tokens,
parses the tokens back with a recursive-descent parser, checks the round trip
and re-serializes. Exercises string indexing and slicing, str methods,
dict/list building, isinstance dispatch, float/int parsing and repr.
Prints sizes, token counts and checksums.
"""

import sys

ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}
UNESCAPES = {'"': '"', "\\": "\\", "/": "/", "n": "\n", "t": "\t", "r": "\r", "b": "\b", "f": "\f"}
KEYWORDS = {"true": True, "false": False, "null": None}
SAMPLE_CHARS = "abcdefghijklmnopqrstuvwxyz  ABCXYZ0123456789_-.,:\"\\\n\téßø漢字€"


class ParseError(Exception):
    pass


class Gen:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 4) % n


def make_value(g, depth):
    k = g.below(10) if depth > 0 else 3 + g.below(7)
    if k < 2:
        return {f"key{g.below(1000)}_{i}": make_value(g, depth - 1) for i in range(1 + g.below(6))}
    if k < 4:
        return [make_value(g, depth - 1) for _ in range(g.below(7))]
    if k < 6:
        return "".join(SAMPLE_CHARS[g.below(len(SAMPLE_CHARS))] for _ in range(g.below(16)))
    if k == 6:
        return g.below(2000000) - 1000000
    if k == 7:
        return (g.below(2000000) - 1000000) / (1 + g.below(999))
    return (True, False, None)[g.below(3)]


def dump_string(s, out):
    out.append('"')
    for ch in s:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) > 126:
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    out.append('"')


def dump(value, out):
    if value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, float):
        out.append(repr(value))
    elif isinstance(value, str):
        dump_string(value, out)
    elif isinstance(value, list):
        out.append("[")
        for i, item in enumerate(value):
            if i:
                out.append(", ")
            dump(item, out)
        out.append("]")
    elif isinstance(value, dict):
        out.append("{")
        first = True
        for key, item in value.items():
            if not first:
                out.append(", ")
            first = False
            dump_string(key, out)
            out.append(": ")
            dump(item, out)
        out.append("}")
    else:
        raise TypeError(f"cannot serialize {type(value).__name__}")


def dumps(value):
    out = []
    dump(value, out)
    return "".join(out)


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if ch in " \t\n\r":
            i += 1
        elif ch in "{}[]:,":
            tokens.append((ch, None))
            i += 1
        elif ch == '"':
            i += 1
            parts = []
            start = i
            while True:
                c = text[i]
                if c == '"':
                    parts.append(text[start:i])
                    i += 1
                    break
                if c == "\\":
                    parts.append(text[start:i])
                    esc = text[i + 1]
                    if esc == "u":
                        parts.append(chr(int(text[i + 2:i + 6], 16)))
                        i += 6
                    elif esc in UNESCAPES:
                        parts.append(UNESCAPES[esc])
                        i += 2
                    else:
                        raise ParseError(f"bad escape at {i}")
                    start = i
                else:
                    i += 1
            tokens.append(("str", "".join(parts)))
        elif ch == "-" or ch.isdigit():
            start = i
            i += 1
            is_float = False
            while i < n and (text[i].isdigit() or text[i] in ".eE+-"):
                if text[i] in ".eE":
                    is_float = True
                i += 1
            literal = text[start:i]
            tokens.append(("num", float(literal) if is_float else int(literal)))
        elif ch.isalpha():
            start = i
            while i < n and text[i].isalpha():
                i += 1
            word = text[start:i]
            if word not in KEYWORDS:
                raise ParseError(f"unknown word {word!r}")
            tokens.append(("lit", KEYWORDS[word]))
        else:
            raise ParseError(f"unexpected {ch!r} at {i}")
    tokens.append(("eof", None))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        return self.tokens[self.pos][0]

    def take(self, kind):
        tok = self.tokens[self.pos]
        if tok[0] != kind:
            raise ParseError(f"expected {kind}, got {tok[0]} at token {self.pos}")
        self.pos += 1
        return tok[1]

    def value(self):
        kind = self.peek()
        if kind == "{":
            return self.obj()
        if kind == "[":
            return self.array()
        if kind in ("str", "num", "lit"):
            return self.take(kind)
        raise ParseError(f"unexpected token {kind} at {self.pos}")

    def obj(self):
        self.take("{")
        result = {}
        if self.peek() == "}":
            self.take("}")
            return result
        while True:
            key = self.take("str")
            self.take(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.take(",")
                continue
            self.take("}")
            return result

    def array(self):
        self.take("[")
        result = []
        if self.peek() == "]":
            self.take("]")
            return result
        while True:
            result.append(self.value())
            if self.peek() == ",":
                self.take(",")
                continue
            self.take("]")
            return result

    def document(self):
        v = self.value()
        self.take("eof")
        return v


def loads(text):
    return Parser(tokenize(text)).document()


def checksum(text):
    h = 0
    for ch in text[::3]:
        h = (h * 33 + ord(ch)) % 4294967291
    return h


def stats(value, acc):
    acc[type(value).__name__] = acc.get(type(value).__name__, 0) + 1
    if isinstance(value, dict):
        for v in value.values():
            stats(v, acc)
    elif isinstance(value, list):
        for v in value:
            stats(v, acc)
    return acc


def main(docs):
    g = Gen(2718)
    total_chars = total_tokens = 0
    h = 0
    counts = {}
    for d in range(docs):
        doc = {"id": d, "items": [make_value(g, 5) for _ in range(8)]}
        text = dumps(doc)
        tokens = tokenize(text)
        back = Parser(tokens).document()
        if back != doc:
            print("round trip mismatch in document", d)
            sys.exit(1)
        again = dumps(back)
        if again != text:
            print("re-serialization differs in document", d)
            sys.exit(1)
        total_chars += len(text)
        total_tokens += len(tokens)
        h = (h * 7 + checksum(text)) % 4294967291
        stats(back, counts)
    print(f"documents {docs}, chars {total_chars}, tokens {total_tokens}, checksum {h}")
    print("value kinds:", sorted(counts.items()))
    sample = dumps(loads('{"a": [1, 2.5, -3e2, "x\\u00e9\\n"], "b": {"c": null, "d": true}, "e": []}'))
    print("sample:", sample)
    errors = 0
    for bad in ('{"a" 1}', "[1, 2", '"abc\\q"', "tru", "{1: 2}", "[1,]"):
        try:
            loads(bad)
        except (ParseError, IndexError):
            errors += 1
    print("errors caught:", errors)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200)
