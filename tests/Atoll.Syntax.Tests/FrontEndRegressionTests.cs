using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>
/// Bugs found by the fuzz and deep-nesting tests, each pinned by the smallest input that showed it. The expected
/// outcomes are CPython 3.13's: <c>ast.parse(source)</c> returned a tree ("ok") or raised the error shown, with
/// SyntaxError's <c>(lineno:offset-end_lineno:end_offset)</c>.
/// </summary>
public class FrontEndRegressionTests
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    public static TheoryData<string, string, string> Cases() => new()
    {
        // CPython's tokenizer allows 149 f-strings nested in one another (MAXFSTRINGLEVEL 150).
        { "f-strings 149", Repeat("f\"{", 149) + "1" + Repeat("}\"", 149), "ok" },
        { "f-strings 150", Repeat("f\"{", 150) + "1" + Repeat("}\"", 150), "SyntaxError: too many nested f-strings (1:449-1:449)" },
        { "f-strings 150, triple-quoted", Repeat("f\"\"\"{", 149) + "rf'''", "SyntaxError: too many nested f-strings (1:750-1:750)" },
        // A replacement field may hold fields in its format spec two levels deep (MAX_EXPR_NESTING 3).
        { "format spec fields 2 deep", "f'{x:{y:{z}}}'", "ok" },
        { "format spec fields 3 deep", "f'{x:{y:{z:{w}}}}'", "SyntaxError: f-string: expressions nested too deeply (1:11-1:11)" },
        { "format spec fields 3 deep, after a non-ASCII string", "x = 'é' + f'{x:{y:{z:{w}}}}'", "SyntaxError: f-string: expressions nested too deeply (1:21-1:21)" },
        { "format spec fields 2 deep in an f-string in a spec", "f'{x:{f\"{y:{z:{w}}}\"}}'", "ok" },
        // CPython adds 1 to a negative end column too: "no end" (-1) is end_offset 0, "end of line" (-2) is -1.
        { "bracket never closed", "x = (\n", "SyntaxError: '(' was never closed (1:5-1:0)" },
        { "too many levels of indentation", string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 100) + "pass\n",
            "IndentationError: too many levels of indentation (101:1-101:0)" },
        { "character after a line continuation", "x = 1 \\ 2\n", "SyntaxError: unexpected character after line continuation character (1:8-1:0)" },
        { "end of file after a line continuation", "x = \\", "SyntaxError: unexpected EOF while parsing (1:6-1:-1)" },
        // A statement first tried as something else (a match statement, parenthesized with items) must not leave
        // parser depth behind: a few thousand such lines ended in "Parser stack overflowed".
        { "10000 calls of a function named match", Repeat("match(*a)\n", 10000), "ok" },
        { "10000 subscript assignments to match", Repeat("match[1:2] = 1\n", 10000), "ok" },
        { "10000 with statements whose parentheses are a tuple", Repeat("with (a, *b): pass\n", 10000), "ok" },
        { "10000 with statements on a yield", "def f():\n" + Repeat(" with (yield): pass\n", 10000), "ok" },
        // CPython's elif_stmt is recursive: a long elif chain is too complex for its parser (at 5,966 elifs).
        { "elif chain 5000", "if x: pass\n" + Repeat("elif x: pass\n", 5000), "ok" },
        { "elif chain 100000", "if x: pass\n" + Repeat("elif x: pass\n", 100000), "MemoryError: Parser stack overflowed - Python source too complex to parse" },
        // del takes del_targets only; anything else is CPython's invalid_del_stmt, "cannot delete ...".
        { "del of a sum", "del x + 1\n", "SyntaxError: cannot delete expression (1:5-1:10)" },
        { "del of a call", "del f()\n", "SyntaxError: cannot delete function call (1:5-1:8)" },
        { "del of a sum after a name", "del a, x + 1\n", "SyntaxError: cannot delete expression (1:8-1:13)" },
        { "del of a starred name", "del a, *b\n", "SyntaxError: cannot delete starred (1:8-1:10)" },
        { "del of a call in a list", "del [a, f()]\n", "SyntaxError: cannot delete function call (1:9-1:12)" },
        { "del of a literal in a tuple", "del (a, 1)\n", "SyntaxError: cannot delete literal (1:9-1:10)" },
        { "del of a call and more", "del f() x\n", "SyntaxError: cannot delete function call (1:5-1:8)" },
        { "del of a conditional expression", "del a if b else c\n", "SyntaxError: cannot delete conditional expression (1:5-1:18)" },
        { "del of not", "del not a\n", "SyntaxError: cannot delete expression (1:5-1:10)" },
        { "del of a lambda", "del lambda: 1\n", "SyntaxError: cannot delete lambda (1:5-1:14)" },
        { "del of a yield", "def f():\n    del (yield)\n", "SyntaxError: cannot delete yield expression (2:10-2:15)" },
        { "del of two names", "del a b\n", "SyntaxError: invalid syntax (1:7-1:8)" },
        { "del of nothing", "del\n", "SyntaxError: invalid syntax (1:4-1:5)" },
        { "del of targets", "del a.b, c[1], (d), [e, (f)], (), []\n", "ok" },
        // After a parser error the rest is tokenized and a tokenizer error found there wins, but only one that
        // CPython's tokenizer raises: bad dedents, tabs, too deep indentation, a stray backslash, errors inside an
        // f-string, and end of file inside a bracket opened after the parser's error leave the parser's error.
        { "parser error, then a bad dedent", "x = = 1\nif x:\n    a\n  b\n", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then tabs and spaces", "x = = 1\nif x:\n\ta\n        b\n", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then a stray backslash", "x = = 1\ny = 1 \\ 2\n", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then a backslash at the end", "x = = 1\ny = 1 \\", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then a bracket never closed", "x = = 1\ny = (\n", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then a bracket on its line never closed", "x = = (1", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then an unterminated f-string", "x = = 1\ny = f\"abc\n", "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then 100 levels of indentation",
            "x = = 1\n" + string.Concat(Enumerable.Range(0, 100).Select(i => new string(' ', i) + "if x:\n")) + new string(' ', 100) + "pass\n",
            "SyntaxError: invalid syntax (1:5-1:6)" },
        { "parser error, then an unterminated string", "x = = 1\ny = \"abc\n", "SyntaxError: unterminated string literal (detected at line 2) (2:5-2:5)" },
        { "bracket never closed, then a parser error", "y = (\nx = = 1\n", "SyntaxError: '(' was never closed (1:5-1:0)" },
        { "parser error inside a bracket never closed", "x = (1 2", "SyntaxError: '(' was never closed (1:5-1:0)" },
        { "parser error inside a call never closed", "f(a b", "SyntaxError: '(' was never closed (1:2-1:0)" },
    };

    // On a large stack, as the atoll command parses, so that CPython's limits decide and not the stack guard.
    [Theory]
    [MemberData(nameof(Cases))]
    public void MatchesCPython(string name, string source, string expected)
    {
        string actual = "";
        bool finished = Fuzz.BoundedRun.TryRun(() => actual = Outcome(source), Fuzz.BoundedRun.LargeStack,
            TimeSpan.FromSeconds(30), out var error);
        Assert.True(finished, name);
        Assert.Null(error);
        Assert.Equal(expected, actual);
    }

    // Each invalid escape is a SyntaxWarning carrying its line's text and character offsets; decoding the line for
    // each made a line of 20,000 "\d" take 8 s (and 100,000 minutes). Measured as allocation, not time.
    [Theory]
    [InlineData("x = ")]
    [InlineData("x = 'é' + ")]
    public void ManyWarningsOnOneLineCostTheLineOnce(string prefix)
    {
        string source = prefix + Repeat("\"\\d\" ", 20_000) + "\n";
        long before = GC.GetAllocatedBytesForCurrentThread();
        var result = PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source), "<warnings>"));
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(20_000, result.Warnings.Count);
        // Offsets count characters ('é' is one) from 1, at the string: the counting resumed from one warning to the
        // next must agree with counting from the start of the line.
        Assert.Equal(prefix.Length + 5 * 10_000 + 1, result.Warnings[10_000].Offset);
        Assert.Equal(prefix.Length + 5 * 19_999 + 1, result.Warnings[^1].Offset);
        Assert.True(allocated < 64L << 20, $"parsing allocated {allocated} bytes");
    }

    private static string Outcome(string source)
    {
        try
        {
            PythonParser.Parse(SourceText.FromBytes(Encoding.UTF8.GetBytes(source), "<regression>"));
            return "ok";
        }
        catch (PythonSyntaxException e)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{e.ErrorType}: {e.Message} ({e.Lineno}:{e.Offset}-{e.EndLineno}:{e.EndOffset})");
        }
        catch (PythonResourceException e)
        {
            return $"{e.ErrorType}: {e.Message}";
        }
    }
}
