# UTF-8 decoding errors: the byte range and reason CPython reports, and the replace/ignore handlers.
cases = [b"a\xffb", b"\xef\xbf\xbd", b"x\xef\xbf\xbdy\xc3", b"\xe2\x82", b"\xf0\x9f\x98", b"\xed\xa0\x80z", b"\xc0\xaf", b"ok"]
for c in cases:
    for errors in ("replace", "ignore", "strict"):
        try:
            print(c, errors, ascii(c.decode("utf-8", errors)))
        except UnicodeDecodeError as e:
            print(c, errors, "UnicodeDecodeError:", e)
