using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace Atoll.Syntax.Tests.Fuzz;

/// <summary>
/// Damages Python source the way editors, truncated downloads and careless hands do: tokens and lines deleted,
/// duplicated and swapped, files cut short, random and invalid UTF-8 bytes, stray brackets, quotes, f-string braces,
/// backslashes, tabs and indentation. Everything is driven by one <see cref="Random"/>, so a seed reproduces a case.
/// </summary>
internal sealed class Mutator(Random rnd, IReadOnlyList<byte[]> corpus)
{
    // Fragments that reach the tokenizer's and parser's special cases: openers and closers, every quote and prefix,
    // f-string fields, continuation lines, indentation, soft keywords, number forms, escapes, encodings.
    private static readonly string[] Snippets =
    [
        "(", ")", "[", "]", "{", "}", "((", "))", "[[", "]]", "{{", "}}", "(\n", ")\n", "[\n", "{\n",
        "'", "\"", "'''", "\"\"\"", "f'", "f\"", "f'''", "f\"\"\"", "rf'", "Rb\"", "b'", "u'", "br'''", "fr\"", "rb\"\"\"",
        "f'{", "f\"{x", "{x!r}", "{x=}", "{x:", ":>{w}}", "{x!}", "!r", "!s:", "{=}", "{{}}", "f'{f'{", "}'", "}\"",
        "\\", "\\\n", "\\\r\n", " \\", "\t", "\t\t", "    ", "        ", "\n", "\n\n", "\r", "\r\n", "\f", "\v", "\0", "\n\t",
        "\n    ", "\n        ", "\n  ", "\n \t", "\n\t ", ":\n", ":\n    ", ":\n\t", ";", ",", ", ", ":", "=", "==", ":=",
        "->", "@", "...", ".", "*", "**", "*a", "**k", "/", "//", "|", "&", "^", "~", "-", "+", "<", ">", "!=", "<>", "!",
        "$", "?", "`", "#", "# comment\n", "# type: int\n", "# type: ignore\n", "#!", "# -*- coding: latin-1 -*-\n",
        "# coding: utf-8\n", "# coding: bogus\n", "lambda", "lambda:", "lambda x:", "if", "else", "elif", "while",
        "for", "in", "not", "is", "and", "or", "def", "def f(", "class", "class C:", "return", "yield", "yield from",
        "await", "async", "async def", "async for", "async with", "with", "as", "try:", "except", "except*", "finally:",
        "raise", "from", "import", "global", "nonlocal", "del", "pass", "break", "continue", "assert", "None", "True",
        "False", "match", "match x:", "case", "case _:", "case [", "case {", "type", "type X = ", "type X[T] = ", "_",
        "print", "__debug__", "0", "1", "0x", "0b2", "0o8", "1_", "1__0", "1e", "1e+", "1.", ".5", "1j", "0_0",
        "00", "09", "1if", "0xfor", "1_000.000_1e1_0j", "\\N{", "\\N{LATIN SMALL LETTER A}", "\\u12", "\\U0010ffff",
        "\\x", "\\777", "\\q", "é", "名前", "😀", "\u00a0", "\u2028", "\ufeff", "ª", "𝔘", "Ⅻ", "x\u0301",
    ];

    private static readonly byte[][] RawSnippets =
    [
        [0xEF, 0xBB, 0xBF], // BOM
        [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], // UTF-8 cut short
        [0xFF], [0xFE], [0x80], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], // never valid UTF-8
        [0x00], [0x1A], [0x7F],
    ];

    public byte[] Mutate(byte[] src, List<string> log)
    {
        int kind = rnd.Next(20);
        switch (kind)
        {
            case 0:
            case 1:
                return DeleteToken(src, log);
            case 2:
                return DuplicateToken(src, log);
            case 3:
                return SwapTokens(src, log);
            case 4:
                return DeleteLines(src, log);
            case 5:
                return DuplicateLine(src, log);
            case 6:
                return SwapLines(src, log);
            case 7:
                return Truncate(src, log);
            case 8:
                return InsertRandomBytes(src, log);
            case 9:
            case 10:
            case 11:
                return InsertSnippet(src, log);
            case 12:
                return Reindent(src, log);
            case 13:
                return SpliceForeignLine(src, log);
            case 14:
                return ReplaceByte(src, log);
            case 15:
                return DeleteSpan(src, log);
            case 16:
                return RepeatSnippet(src, log);
            case 17:
                return MoveToken(src, log);
            case 18:
                return InsertRawSnippet(src, log);
            default:
                return InsertSnippetAtLineStart(src, log);
        }
    }

    /// <summary>A short source made of random fragments and lines of the corpus: reaches parser states that a
    /// mutated file, which usually fails at its first damage, does not.</summary>
    public byte[] Soup(List<string> log)
    {
        var result = new List<byte>();
        int n = 1 + rnd.Next(40);
        for (int i = 0; i < n; i++)
        {
            switch (rnd.Next(6))
            {
                case 0:
                    byte[] other = corpus[rnd.Next(corpus.Count)];
                    var lines = Lines(other);
                    var (start, len) = lines[rnd.Next(lines.Count)];
                    result.AddRange(other.AsSpan(start, len));
                    break;
                case 1:
                    result.AddRange(RawSnippets[rnd.Next(RawSnippets.Length)]);
                    break;
                case 2:
                    result.Add((byte)' ');
                    break;
                default:
                    result.AddRange(Encoding.UTF8.GetBytes(Snippets[rnd.Next(Snippets.Length)]));
                    break;
            }
        }
        log.Add(Invariant($"soup of {n}"));
        return [.. result];
    }

    // ---- tokens: runs of name/number bytes, runs of blanks, or single other bytes ----

    private static List<(int Start, int Length)> Tokens(byte[] src)
    {
        var tokens = new List<(int, int)>();
        int i = 0;
        while (i < src.Length)
        {
            int start = i;
            byte c = src[i];
            if (IsWordByte(c))
            {
                while (i < src.Length && IsWordByte(src[i]))
                    i++;
            }
            else if (c == ' ' || c == '\t')
            {
                while (i < src.Length && (src[i] == ' ' || src[i] == '\t'))
                    i++;
            }
            else
            {
                i++;
            }
            tokens.Add((start, i - start));
        }
        return tokens;
    }

    private static bool IsWordByte(byte c) => c is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z')
        or (>= (byte)'0' and <= (byte)'9') or (byte)'_' or >= 0x80;

    private (int Start, int Length) PickToken(byte[] src)
    {
        var tokens = Tokens(src);
        return tokens.Count == 0 ? (0, 0) : tokens[rnd.Next(tokens.Count)];
    }

    private byte[] DeleteToken(byte[] src, List<string> log)
    {
        var (start, len) = PickToken(src);
        log.Add(Invariant($"delete-token@{start}+{len}"));
        return Splice(src, start, len, []);
    }

    private byte[] DuplicateToken(byte[] src, List<string> log)
    {
        var (start, len) = PickToken(src);
        log.Add(Invariant($"duplicate-token@{start}+{len}"));
        return Splice(src, start, 0, src.AsSpan(start, len).ToArray());
    }

    private byte[] SwapTokens(byte[] src, List<string> log)
    {
        var tokens = Tokens(src);
        if (tokens.Count < 2)
            return src;
        int a = rnd.Next(tokens.Count - 1);
        int b = Math.Min(tokens.Count - 1, a + 1 + rnd.Next(rnd.Next(2) == 0 ? 3 : 200));
        var (sa, la) = tokens[a];
        var (sb, lb) = tokens[b];
        log.Add(Invariant($"swap-tokens@{sa}+{la},{sb}+{lb}"));
        var result = new List<byte>(src.Length);
        result.AddRange(src.AsSpan(0, sa));
        result.AddRange(src.AsSpan(sb, lb));
        result.AddRange(src.AsSpan(sa + la, sb - (sa + la)));
        result.AddRange(src.AsSpan(sa, la));
        result.AddRange(src.AsSpan(sb + lb));
        return [.. result];
    }

    private byte[] MoveToken(byte[] src, List<string> log)
    {
        var (start, len) = PickToken(src);
        byte[] token = src.AsSpan(start, len).ToArray();
        byte[] without = Splice(src, start, len, []);
        int at = rnd.Next(without.Length + 1);
        log.Add(Invariant($"move-token@{start}+{len}->{at}"));
        return Splice(without, at, 0, token);
    }

    // ---- lines ----

    private static List<(int Start, int Length)> Lines(byte[] src)
    {
        var lines = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < src.Length; i++)
        {
            if (src[i] == '\n')
            {
                lines.Add((start, i + 1 - start));
                start = i + 1;
            }
        }
        if (start < src.Length)
            lines.Add((start, src.Length - start));
        return lines;
    }

    private byte[] DeleteLines(byte[] src, List<string> log)
    {
        var lines = Lines(src);
        if (lines.Count == 0)
            return src;
        int first = rnd.Next(lines.Count);
        int last = Math.Min(lines.Count - 1, first + (rnd.Next(4) == 0 ? rnd.Next(20) : 0));
        int start = lines[first].Start;
        int end = lines[last].Start + lines[last].Length;
        log.Add(Invariant($"delete-lines {first + 1}-{last + 1}"));
        return Splice(src, start, end - start, []);
    }

    private byte[] DuplicateLine(byte[] src, List<string> log)
    {
        var lines = Lines(src);
        if (lines.Count == 0)
            return src;
        var (start, len) = lines[rnd.Next(lines.Count)];
        var target = lines[rnd.Next(lines.Count)];
        log.Add(Invariant($"copy-line@{start}->{target.Start}"));
        return Splice(src, target.Start, 0, src.AsSpan(start, len).ToArray());
    }

    private byte[] SwapLines(byte[] src, List<string> log)
    {
        var lines = Lines(src);
        if (lines.Count < 2)
            return src;
        int a = rnd.Next(lines.Count - 1);
        int b = a + 1 + rnd.Next(Math.Min(lines.Count - a - 1, 30));
        var (sa, la) = lines[a];
        var (sb, lb) = lines[b];
        log.Add(Invariant($"swap-lines {a + 1},{b + 1}"));
        var result = new List<byte>(src.Length);
        result.AddRange(src.AsSpan(0, sa));
        result.AddRange(src.AsSpan(sb, lb));
        result.AddRange(src.AsSpan(sa + la, sb - (sa + la)));
        result.AddRange(src.AsSpan(sa, la));
        result.AddRange(src.AsSpan(sb + lb));
        return [.. result];
    }

    private byte[] Reindent(byte[] src, List<string> log)
    {
        var lines = Lines(src);
        if (lines.Count == 0)
            return src;
        var (start, _) = lines[rnd.Next(lines.Count)];
        int indent = 0;
        while (start + indent < src.Length && (src[start + indent] == ' ' || src[start + indent] == '\t' || src[start + indent] == '\f'))
            indent++;
        string[] choices = ["", " ", "  ", "   ", "    ", "\t", "\t\t", "        ", " \t", "\t ", "\f", "    \t", "\t    ", "  \f  "];
        string replacement = rnd.Next(3) == 0
            ? Encoding.ASCII.GetString(src, start, indent) + choices[rnd.Next(choices.Length)]
            : choices[rnd.Next(choices.Length)];
        log.Add(Invariant($"reindent@{start} {Escape(replacement)}"));
        return Splice(src, start, indent, Encoding.ASCII.GetBytes(replacement));
    }

    private byte[] SpliceForeignLine(byte[] src, List<string> log)
    {
        byte[] other = corpus[rnd.Next(corpus.Count)];
        var otherLines = Lines(other);
        if (otherLines.Count == 0)
            return src;
        var (start, len) = otherLines[rnd.Next(otherLines.Count)];
        var lines = Lines(src);
        int at = lines.Count == 0 ? 0 : lines[rnd.Next(lines.Count)].Start;
        log.Add(Invariant($"foreign-line@{at}"));
        return Splice(src, at, 0, other.AsSpan(start, len).ToArray());
    }

    // ---- bytes ----

    private byte[] Truncate(byte[] src, List<string> log)
    {
        int at = rnd.Next(src.Length + 1);
        log.Add(Invariant($"truncate@{at}"));
        return src.AsSpan(0, at).ToArray();
    }

    private byte[] DeleteSpan(byte[] src, List<string> log)
    {
        int at = rnd.Next(src.Length + 1);
        int len = Math.Min(src.Length - at, 1 + rnd.Next(rnd.Next(2) == 0 ? 8 : 400));
        log.Add(Invariant($"delete-span@{at}+{len}"));
        return Splice(src, at, len, []);
    }

    private byte[] InsertRandomBytes(byte[] src, List<string> log)
    {
        var bytes = new byte[1 + rnd.Next(rnd.Next(4) == 0 ? 64 : 4)];
        bool ascii = rnd.Next(2) == 0;
        for (int i = 0; i < bytes.Length; i++)
            bytes[i] = (byte)(ascii ? rnd.Next(0x80) : rnd.Next(0x100));
        int at = rnd.Next(src.Length + 1);
        log.Add(Invariant($"insert-bytes@{at} {Escape(bytes)}"));
        return Splice(src, at, 0, bytes);
    }

    private byte[] ReplaceByte(byte[] src, List<string> log)
    {
        if (src.Length == 0)
            return src;
        int at = rnd.Next(src.Length);
        byte b = (byte)rnd.Next(0x100);
        log.Add(Invariant($"replace-byte@{at} {Escape([b])}"));
        return Splice(src, at, 1, [b]);
    }

    private byte[] InsertSnippet(byte[] src, List<string> log)
    {
        string s = Snippets[rnd.Next(Snippets.Length)];
        // Half the time at a token boundary, where the snippet forms new tokens rather than splitting one.
        int at = rnd.Next(2) == 0 ? PickToken(src).Start : rnd.Next(src.Length + 1);
        log.Add(Invariant($"insert@{at} {Escape(s)}"));
        return Splice(src, at, 0, Encoding.UTF8.GetBytes(s));
    }

    private byte[] InsertSnippetAtLineStart(byte[] src, List<string> log)
    {
        var lines = Lines(src);
        int at = lines.Count == 0 ? 0 : lines[rnd.Next(lines.Count)].Start;
        string s = Snippets[rnd.Next(Snippets.Length)];
        log.Add(Invariant($"insert-line-start@{at} {Escape(s)}"));
        return Splice(src, at, 0, Encoding.UTF8.GetBytes(s));
    }

    private byte[] InsertRawSnippet(byte[] src, List<string> log)
    {
        byte[] s = RawSnippets[rnd.Next(RawSnippets.Length)];
        int at = rnd.Next(4) == 0 ? 0 : rnd.Next(src.Length + 1);
        log.Add(Invariant($"insert-raw@{at} {Escape(s)}"));
        return Splice(src, at, 0, s);
    }

    // Deep nesting inside real code: many openers (closed or not), nested f-strings, indentation staircases.
    private byte[] RepeatSnippet(byte[] src, List<string> log)
    {
        string[] units = ["(", "[", "{", "f'{", "f\"{", "-", "not ", "lambda:", "await ", "*", "x.", "x(", "x[", "(x:=", "\\\n", "    ", "\t", "\n"];
        string unit = units[rnd.Next(units.Length)];
        int count = rnd.Next(4) switch
        {
            0 => 1 + rnd.Next(10),
            1 => 90 + rnd.Next(120),
            2 => 140 + rnd.Next(20),
            _ => 1 + rnd.Next(8000),
        };
        var sb = new StringBuilder(unit.Length * count);
        for (int i = 0; i < count; i++)
            sb.Append(unit);
        int at = rnd.Next(2) == 0 ? PickToken(src).Start : rnd.Next(src.Length + 1);
        log.Add(Invariant($"repeat@{at} {Escape(unit)}*{count}"));
        return Splice(src, at, 0, Encoding.UTF8.GetBytes(sb.ToString()));
    }

    // ---- helpers ----

    private static byte[] Splice(byte[] src, int at, int remove, byte[] insert)
    {
        var result = new byte[src.Length - remove + insert.Length];
        src.AsSpan(0, at).CopyTo(result);
        insert.CopyTo(result.AsSpan(at));
        src.AsSpan(at + remove).CopyTo(result.AsSpan(at + insert.Length));
        return result;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static string Escape(string s) => Escape(Encoding.UTF8.GetBytes(s));

    /// <summary>Bytes as the inside of a Python bytes literal, so a case can be pasted into CPython.</summary>
    public static string Escape(ReadOnlySpan<byte> bytes)
    {
        var sb = new StringBuilder(bytes.Length + 16);
        foreach (byte b in bytes)
        {
            switch (b)
            {
                case (byte)'\\': sb.Append(@"\\"); break;
                case (byte)'\'': sb.Append(@"\'"); break;
                case (byte)'\n': sb.Append(@"\n"); break;
                case (byte)'\r': sb.Append(@"\r"); break;
                case (byte)'\t': sb.Append(@"\t"); break;
                default:
                    if (b is >= 0x20 and < 0x7F)
                        sb.Append((char)b);
                    else
                        sb.Append(CultureInfo.InvariantCulture, $"\\x{b:x2}");
                    break;
            }
        }
        return sb.ToString();
    }
}
