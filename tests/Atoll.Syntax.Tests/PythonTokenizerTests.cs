using System.Collections.Generic;
using System.Linq;
using System.Text;
using Xunit;

namespace Atoll.Syntax.Tests;

/// <summary>The public tokenize API beyond what the golden files show through the command line.</summary>
public class PythonTokenizerTests
{
    [Fact]
    public void BytesStartWithTheEncodingToken()
    {
        var tokens = PythonTokenizer.Tokenize(Encoding.UTF8.GetBytes("x = 1\n"), "t.py").ToList();
        Assert.Equal(new PythonToken(PythonTokenType.ENCODING, "utf-8", 0, 0, 0, 0), tokens[0]);
        Assert.Equal(new PythonToken(PythonTokenType.OP, "=", 1, 2, 1, 3), tokens[2]);
        Assert.Equal(PythonTokenType.EQUAL, tokens[2].ExactType);
        Assert.Equal(PythonTokenType.ENDMARKER, tokens[^1].Type);
    }

    [Fact]
    public void TextHasNoEncodingTokenAndCountsCharacters()
    {
        var tokens = PythonTokenizer.Tokenize("é = '😀'; y\r\n", "<string>").ToList();
        Assert.Equal(
            [
                new PythonToken(PythonTokenType.NAME, "é", 1, 0, 1, 1),
                new PythonToken(PythonTokenType.OP, "=", 1, 2, 1, 3),
                new PythonToken(PythonTokenType.STRING, "'😀'", 1, 4, 1, 7),
                new PythonToken(PythonTokenType.OP, ";", 1, 7, 1, 8),
                new PythonToken(PythonTokenType.NAME, "y", 1, 9, 1, 10),
                new PythonToken(PythonTokenType.NEWLINE, "\r\n", 1, 10, 1, 12),
                new PythonToken(PythonTokenType.ENDMARKER, "", 2, 0, 2, 0),
            ],
            tokens);
    }

    [Fact]
    public void SourceTextOverloadKeepsCrlfNewlines()
    {
        var source = SourceText.FromBytes(Encoding.UTF8.GetBytes("s = '''a\r\nb'''\r\n"), "t.py");
        var tokens = PythonTokenizer.Tokenize(source).ToList();
        Assert.Equal(new PythonToken(PythonTokenType.STRING, "'''a\r\nb'''", 1, 4, 2, 4), tokens[2]);
        Assert.Equal(new PythonToken(PythonTokenType.NEWLINE, "\r\n", 2, 4, 2, 6), tokens[3]);
    }

    [Fact]
    public void TokensBeforeAnErrorAreYielded()
    {
        var seen = new List<PythonToken>();
        var e = Assert.Throws<PythonSyntaxException>(() =>
        {
            foreach (var t in PythonTokenizer.Tokenize("x = 1\ny = (\n", "<stdin>"))
                seen.Add(t);
        });
        Assert.Equal("TokenError", e.ErrorType);
        Assert.Equal("unexpected EOF in multi-line statement", e.Message);
        Assert.Equal((2, 0), (e.Lineno, e.Offset));
        Assert.Equal(["x", "=", "1", "\n", "y", "=", "(", "\n"], seen.Select(t => t.String));
    }

    [Fact]
    public void WarningsAreCollected()
    {
        var warnings = new List<PythonSyntaxException>();
        var tokens = PythonTokenizer.Tokenize("f'\\{x}'\n", "<string>", warnings).ToList();
        Assert.Equal(PythonTokenType.FSTRING_MIDDLE, tokens[1].Type);
        Assert.Equal("\\", tokens[1].String);
        var w = Assert.Single(warnings);
        Assert.Equal("SyntaxWarning", w.ErrorType);
        Assert.Equal("invalid escape sequence '\\{'", w.Message);
    }

    [Fact]
    public void OperatorTypesAreCPythons()
    {
        Assert.Equal(PythonTokenType.DOUBLESTAREQUAL, PythonTokenizer.OperatorType("**="));
        Assert.Equal(PythonTokenType.EXCLAMATION, PythonTokenizer.OperatorType("!"));
        Assert.Equal(PythonTokenType.OP, PythonTokenizer.OperatorType("<>"));
        Assert.Equal(PythonTokenType.OP, PythonTokenizer.OperatorType("$"));
        Assert.Equal("FSTRING_MIDDLE", PythonTokenType.FSTRING_MIDDLE.ToString());
    }
}
