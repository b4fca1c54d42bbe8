# String and bytes literals: quotes, escapes, raw strings, implicit concatenation.
print('single', "double", '''triple single''', """triple double""")
print('it\'s', "say \"hi\"", 'mixed "quotes"', "mixed 'quotes'")
print("tab:\t|newline:\\n|backslash:\\|bell:" + repr("\a") + "|nul:" + repr("\0"))
print(repr("\x41\101\u00e9\U0001F600\N{GREEK SMALL LETTER ALPHA}"))
print(repr("\377"), repr("\18"), len("\n"), len(r"\n"))
print(r"raw \n \t \\", R"RAW", r"\"", len(r"\""), rb"raw\bytes", Rb"x", bR"y")
print(b"bytes \x00 \xff \n", B"upper", repr(b"\101"))
print("implicit" " concatenation" 'of' """literals""")
print(b"by" b"tes", r"\d" "\\d")
multi = """line one
line two\
 continued
line three"""
print(multi)
print(repr("""
starts with newline"""))
print("a\
b")
print(u"unicode prefix", U"also")
print("\N{BLACK STAR}", "\u2603", len("\U0001F600"), "é" == "e\u0301", len("e\u0301"))
print("'" + '"', '\'' == "'", "\"" == '"')
