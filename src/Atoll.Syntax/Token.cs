namespace Atoll.Syntax;

/// <summary>The kinds of token the tokenizer produces: CPython's token types, with each operator and keyword split
/// into its own kind so the parser dispatches on one byte.</summary>
internal enum TokenKind : byte
{
    EndMarker,
    Name,
    Number,
    String,
    Newline,
    Indent,
    Dedent,
    FStringStart,
    FStringMiddle,
    FStringEnd,
    TypeComment,
    TypeIgnore,
    Comment, // only with extra tokens (the tokenize module)
    NL,      // only with extra tokens
    ErrorToken,

    // Operators and delimiters.
    LPar, RPar, LSqb, RSqb, LBrace, RBrace,
    Colon, Comma, Semi, Plus, Minus, Star, Slash, VBar, Amper, Less, Greater, Equal, Dot, Percent,
    EqEqual, NotEqual, LessEqual, GreaterEqual, Tilde, Circumflex, LeftShift, RightShift, DoubleStar,
    PlusEqual, MinEqual, StarEqual, SlashEqual, PercentEqual, AmperEqual, VBarEqual, CircumflexEqual,
    LeftShiftEqual, RightShiftEqual, DoubleStarEqual, DoubleSlash, DoubleSlashEqual, At, AtEqual,
    RArrow, Ellipsis, ColonEqual, Exclamation,

    // Hard keywords (docs.python.org/3/reference/lexical_analysis.html#keywords).
    False, None, True, And, As, Assert, Async, Await, Break, Class, Continue, Def, Del, Elif, Else,
    Except, Finally, For, From, Global, If, Import, In, Is, Lambda, Nonlocal, Not, Or, Pass, Raise,
    Return, Try, While, With, Yield,
}

/// <summary>
/// One token. Positions are CPython's: lines from 1, columns in UTF-8 bytes from 0 (end exclusive);
/// <see cref="Start"/> and <see cref="End"/> are byte offsets into the UTF-8 source.
/// </summary>
internal struct Token
{
    public TokenKind Kind;
    public int Start;
    public int End;
    public int Line;
    public int Col;
    public int EndLine;
    public int EndCol;

    /// <summary>The identifier of a Name (NFKC-normalized, interned per parse); the text of a type comment.</summary>
    public string? Text;

    public readonly bool IsKeyword => Kind >= TokenKind.False;
}
