"""Fills in what CPython 3.13 does with each input of tests/Atoll.Syntax.Tests/DeepNesting/cases.json.

Each case describes a source (built exactly as DeepNestingTests.Build does):

    prefix + for i in range(count): indent * i + open
           + indent * count + middle + close * count + suffix

and this script writes beside it:
  "expected": what ast.parse(source) (mode exec or eval) raised, or null if it returned a tree;
              RecursionError "... during ast construction" means the parser succeeded and the conversion
              to ast objects failed (in Atoll: Parse succeeds, AstDumper.Dump raises);
  "m_ast":    the last line `python3.13 -m ast` wrote to stderr, or null if it printed a tree.

usage: python3.13 tools/regen-deep-nesting.py
"""

import ast
import json
import os
import subprocess
import sys
import tempfile

assert sys.version_info[:2] == (3, 13), sys.version

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CASES = os.path.join(ROOT, "tests", "Atoll.Syntax.Tests", "DeepNesting", "cases.json")


def build(case):
    parts = [case.get("prefix", "")]
    indent = case.get("indent", "")
    for i in range(case["count"]):
        parts.append(indent * i + case["open"])
    parts.append(indent * case["count"] + case.get("middle", ""))
    parts.append(case.get("close", "") * case["count"])
    parts.append(case.get("suffix", ""))
    return "".join(parts)


def ast_parse(source, mode):
    try:
        ast.parse(source, mode=mode)
        return None
    except SyntaxError as e:  # also IndentationError, TabError
        return {"type": type(e).__name__, "message": e.msg, "lineno": e.lineno, "offset": e.offset,
                "end_lineno": e.end_lineno, "end_offset": e.end_offset}
    except (MemoryError, RecursionError) as e:
        return {"type": type(e).__name__, "message": str(e)}


def m_ast(source, mode):
    with tempfile.NamedTemporaryFile("w", suffix=".py", delete=False, encoding="utf-8") as f:
        f.write(source)
    try:
        r = subprocess.run([sys.executable, "-m", "ast", "--mode", mode, f.name], capture_output=True, text=True)
    finally:
        os.unlink(f.name)
    if r.returncode == 0:
        return None
    return r.stderr.rstrip("\n").split("\n")[-1]


def main():
    with open(CASES, encoding="utf-8") as f:
        cases = json.load(f)
    for case in cases:
        source = build(case)
        mode = case.get("mode", "exec")
        case["expected"] = ast_parse(source, mode)
        case["m_ast"] = m_ast(source, mode)
        print(case["name"], case["expected"], file=sys.stderr)
    with open(CASES, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=2, ensure_ascii=False)
        f.write("\n")


main()
