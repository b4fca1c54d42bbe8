using System.Collections.Generic;
using Atoll.Syntax.Ast;

namespace Atoll.Syntax;

internal sealed partial class Parser
{
    /// <summary>Function or lambda parameters, up to (not including) <paramref name="end"/>.</summary>
    private Arguments ParseParameters(TokenKind end, bool allowAnnotations)
    {
        List<Arg>? posonly = null, args = null, kwonly = null;
        List<ExprNode?>? kwDefaults = null;
        List<ExprNode>? defaults = null;
        Arg? vararg = null, kwarg = null;
        bool seenSlash = false, seenStar = false, seenDefault = false;
        Arg? last = null;
        while (Kind != end)
        {
            Token start = Cur;
            if (Kind == TokenKind.Slash)
            {
                if (seenSlash)
                    throw ErrorAt("/ may appear only once", Cur);
                if (seenStar)
                    throw ErrorAt("/ must be ahead of *", Cur);
                if (args is null || args.Count == 0)
                    throw ErrorAt("at least one argument must precede /", Cur);
                _p++;
                seenSlash = true;
                posonly = args;
                args = null;
                last = null;
            }
            else if (Kind == TokenKind.Star)
            {
                if (seenStar)
                    throw ErrorAt("* argument may appear only once", Cur);
                _p++;
                seenStar = true;
                if (Kind == TokenKind.Comma || Kind == end)
                {
                    // A bare '*': keyword-only parameters must follow.
                    if (Kind == end || PeekKind(1) == end || PeekKind(1) == TokenKind.DoubleStar ||
                        (PeekKind(1) == TokenKind.TypeComment && PeekKind(2) == end))
                        throw ErrorAt("named arguments must follow bare *", start);
                    last = null;
                }
                else
                {
                    vararg = last = ParseParam(allowAnnotations, starAnnotation: true);
                    if (Kind == TokenKind.Equal)
                        throw ErrorAt("var-positional argument cannot have default value", Cur);
                }
            }
            else if (Kind == TokenKind.DoubleStar)
            {
                _p++;
                kwarg = last = ParseParam(allowAnnotations, starAnnotation: false);
                if (Kind == TokenKind.Equal)
                    throw ErrorAt("var-keyword argument cannot have default value", Cur);
                if (Kind == TokenKind.Comma)
                {
                    _p++;
                    if (Kind == TokenKind.TypeComment)
                        AttachTypeComment(ref kwarg, Advance().Text!);
                }
                else if (Kind == TokenKind.TypeComment)
                {
                    AttachTypeComment(ref kwarg, Advance().Text!);
                }
                if (Kind != end)
                    throw ErrorAt("arguments cannot follow var-keyword argument", Cur);
                break;
            }
            else
            {
                if (Kind != TokenKind.Name)
                {
                    if (Kind == TokenKind.LPar && allowAnnotations)
                        throw InvalidSyntax();
                    throw InvalidSyntax();
                }
                var arg = ParseParam(allowAnnotations, starAnnotation: false);
                last = arg;
                if (Kind == TokenKind.Equal)
                {
                    _p++;
                    if (Kind == TokenKind.Comma || Kind == end)
                        throw ErrorAt("expected default value expression", Cur);
                    var def = ParseExpression();
                    if (seenStar)
                    {
                        (kwDefaults ??= []).Add(def);
                    }
                    else
                    {
                        (defaults ??= []).Add(def);
                        seenDefault = true;
                    }
                }
                else if (seenStar)
                {
                    (kwDefaults ??= []).Add(null);
                }
                else if (seenDefault)
                {
                    throw ErrorAt("parameter without a default follows parameter with a default", arg);
                }
                if (seenStar)
                    (kwonly ??= []).Add(arg);
                else
                    (args ??= []).Add(arg);
            }
            if (Kind == TokenKind.Comma)
            {
                _p++;
                if (Kind == TokenKind.TypeComment)
                {
                    string tc = Advance().Text!;
                    if (last is not null)
                        last.TypeComment = tc;
                }
                continue;
            }
            if (Kind == TokenKind.TypeComment && PeekKind(1) == end)
            {
                string tc = Advance().Text!;
                if (last is not null)
                    last.TypeComment = tc;
            }
            if (Kind != end)
                throw InvalidSyntax();
            break;
        }
        return new Arguments(Arr(posonly), Arr(args), vararg, Arr(kwonly), Arr(kwDefaults), kwarg, Arr(defaults));
    }

    private static void AttachTypeComment(ref Arg? arg, string text)
    {
        if (arg is not null)
            arg.TypeComment = text;
    }

    private Arg ParseParam(bool allowAnnotations, bool starAnnotation)
    {
        if (Kind != TokenKind.Name)
            throw InvalidSyntax();
        Token nameTok = Advance();
        ExprNode? annotation = null;
        if (allowAnnotations && Accept(TokenKind.Colon))
            annotation = starAnnotation ? ParseStarOrExpression() : ParseExpression();
        return new Arg(nameTok.Text!, annotation, null, LocToPrev(nameTok));
    }
}
