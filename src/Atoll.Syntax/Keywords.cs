using System;

namespace Atoll.Syntax;

/// <summary>Maps the hard keywords to their token kinds.</summary>
internal static class Keywords
{
    public static TokenKind Lookup(ReadOnlySpan<byte> s)
    {
        switch (s.Length)
        {
            case 2:
                if (s.SequenceEqual("if"u8)) return TokenKind.If;
                if (s.SequenceEqual("in"u8)) return TokenKind.In;
                if (s.SequenceEqual("is"u8)) return TokenKind.Is;
                if (s.SequenceEqual("or"u8)) return TokenKind.Or;
                if (s.SequenceEqual("as"u8)) return TokenKind.As;
                break;
            case 3:
                if (s.SequenceEqual("def"u8)) return TokenKind.Def;
                if (s.SequenceEqual("for"u8)) return TokenKind.For;
                if (s.SequenceEqual("and"u8)) return TokenKind.And;
                if (s.SequenceEqual("not"u8)) return TokenKind.Not;
                if (s.SequenceEqual("del"u8)) return TokenKind.Del;
                if (s.SequenceEqual("try"u8)) return TokenKind.Try;
                break;
            case 4:
                if (s.SequenceEqual("None"u8)) return TokenKind.None;
                if (s.SequenceEqual("True"u8)) return TokenKind.True;
                if (s.SequenceEqual("else"u8)) return TokenKind.Else;
                if (s.SequenceEqual("elif"u8)) return TokenKind.Elif;
                if (s.SequenceEqual("from"u8)) return TokenKind.From;
                if (s.SequenceEqual("pass"u8)) return TokenKind.Pass;
                if (s.SequenceEqual("with"u8)) return TokenKind.With;
                break;
            case 5:
                if (s.SequenceEqual("False"u8)) return TokenKind.False;
                if (s.SequenceEqual("class"u8)) return TokenKind.Class;
                if (s.SequenceEqual("while"u8)) return TokenKind.While;
                if (s.SequenceEqual("break"u8)) return TokenKind.Break;
                if (s.SequenceEqual("raise"u8)) return TokenKind.Raise;
                if (s.SequenceEqual("yield"u8)) return TokenKind.Yield;
                if (s.SequenceEqual("async"u8)) return TokenKind.Async;
                if (s.SequenceEqual("await"u8)) return TokenKind.Await;
                break;
            case 6:
                if (s.SequenceEqual("return"u8)) return TokenKind.Return;
                if (s.SequenceEqual("import"u8)) return TokenKind.Import;
                if (s.SequenceEqual("lambda"u8)) return TokenKind.Lambda;
                if (s.SequenceEqual("assert"u8)) return TokenKind.Assert;
                if (s.SequenceEqual("global"u8)) return TokenKind.Global;
                if (s.SequenceEqual("except"u8)) return TokenKind.Except;
                break;
            case 7:
                if (s.SequenceEqual("finally"u8)) return TokenKind.Finally;
                break;
            case 8:
                if (s.SequenceEqual("continue"u8)) return TokenKind.Continue;
                if (s.SequenceEqual("nonlocal"u8)) return TokenKind.Nonlocal;
                break;
        }
        return TokenKind.Name;
    }

    /// <summary>The source spelling of a keyword or operator token kind.</summary>
    public static string Spelling(TokenKind k) => k switch
    {
        >= TokenKind.False => k.ToString() is var s && k is TokenKind.False or TokenKind.None or TokenKind.True ? s : k.ToString().ToLowerInvariant(),
        TokenKind.LPar => "(", TokenKind.RPar => ")", TokenKind.LSqb => "[", TokenKind.RSqb => "]",
        TokenKind.LBrace => "{", TokenKind.RBrace => "}", TokenKind.Colon => ":", TokenKind.Comma => ",",
        TokenKind.Semi => ";", TokenKind.Plus => "+", TokenKind.Minus => "-", TokenKind.Star => "*",
        TokenKind.Slash => "/", TokenKind.VBar => "|", TokenKind.Amper => "&", TokenKind.Less => "<",
        TokenKind.Greater => ">", TokenKind.Equal => "=", TokenKind.Dot => ".", TokenKind.Percent => "%",
        TokenKind.EqEqual => "==", TokenKind.NotEqual => "!=", TokenKind.LessEqual => "<=",
        TokenKind.GreaterEqual => ">=", TokenKind.Tilde => "~", TokenKind.Circumflex => "^",
        TokenKind.LeftShift => "<<", TokenKind.RightShift => ">>", TokenKind.DoubleStar => "**",
        TokenKind.PlusEqual => "+=", TokenKind.MinEqual => "-=", TokenKind.StarEqual => "*=",
        TokenKind.SlashEqual => "/=", TokenKind.PercentEqual => "%=", TokenKind.AmperEqual => "&=",
        TokenKind.VBarEqual => "|=", TokenKind.CircumflexEqual => "^=", TokenKind.LeftShiftEqual => "<<=",
        TokenKind.RightShiftEqual => ">>=", TokenKind.DoubleStarEqual => "**=", TokenKind.DoubleSlash => "//",
        TokenKind.DoubleSlashEqual => "//=", TokenKind.At => "@", TokenKind.AtEqual => "@=",
        TokenKind.RArrow => "->", TokenKind.Ellipsis => "...", TokenKind.ColonEqual => ":=",
        TokenKind.Exclamation => "!",
        _ => k.ToString(),
    };
}
