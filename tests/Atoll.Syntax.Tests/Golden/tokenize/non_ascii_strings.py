a = "héllo wörld"; b = 1
c = "日本語のテキスト" + "x"; d = 2
e = "😀 emoji 🎉"; f = 3
g = f"{a} → {b} ✓"; h = 4
i = """
múltiple
línes 😀"""; j = 5
k = b"bytes"  # comentário ☃
l = "\u00e9" + "é" + "\N{SNOWMAN}"
