using System.Collections.Generic;
using Atoll.Syntax;
using Atoll.Syntax.Ast;
using Ast = Atoll.Syntax.Ast;
using BinOp = Atoll.Runtime.Objects.BinOp;
using Expr = Atoll.Runtime.Nodes.Expr;

namespace Atoll.Runtime.Compiler;

/// <summary>Finds <c>yield</c>, <c>yield from</c> and <c>await</c> in a statement or expression of the current scope
/// (not inside nested functions, lambdas, classes or generator expressions), and <c>async for</c>/<c>async with</c> and
/// asynchronous comprehensions: everything that can suspend the frame. The parts of a nested definition that run in
/// the current scope (decorators, defaults, annotations, bases) are searched too.</summary>
internal sealed class YieldFinder : IAstFieldWriter
{
    private bool _found;

    public static bool Contains(Node? n)
    {
        if (n == null)
            return false;
        var f = new YieldFinder();
        f.Visit(n);
        return f._found;
    }

    private void Visit(Node? n)
    {
        if (n == null || _found)
            return;
        switch (n)
        {
            case Yield or YieldFrom or Await or AsyncFor or AsyncWith or Comprehension { IsAsync: not 0 }:
                _found = true;
                return;
            case FunctionDef fd:
                foreach (var d in fd.DecoratorList)
                    Visit(d);
                VisitSignature(fd.Args, fd.Returns);
                return;
            case AsyncFunctionDef afd:
                foreach (var d in afd.DecoratorList)
                    Visit(d);
                VisitSignature(afd.Args, afd.Returns);
                return;
            case ClassDef cd:
                foreach (var d in cd.DecoratorList)
                    Visit(d);
                foreach (var b in cd.Bases)
                    Visit(b);
                foreach (var k in cd.Keywords)
                    Visit(k.Value);
                return;
            case Lambda lam:
                VisitSignature(lam.Args, null);
                return;
            case GeneratorExp ge:
                Visit(ge.Generators[0].Iter);
                return;
        }
        n.WriteFields(this);
    }

    private void VisitSignature(Arguments args, ExprNode? returns)
    {
        foreach (var d in args.Defaults)
            Visit(d);
        foreach (var d in args.KwDefaults)
            Visit(d);
        foreach (var a in args.Posonlyargs)
            Visit(a.Annotation);
        foreach (var a in args.Args)
            Visit(a.Annotation);
        Visit(args.Vararg?.Annotation);
        foreach (var a in args.Kwonlyargs)
            Visit(a.Annotation);
        Visit(args.Kwarg?.Annotation);
        Visit(returns);
    }

    void IAstFieldWriter.WriteNode(string name, Node? value) => Visit(value);

    void IAstFieldWriter.WriteNodeList(string name, IReadOnlyList<Node?> value)
    {
        foreach (var v in value)
            Visit(v);
    }

    void IAstFieldWriter.WriteStr(string name, string? value)
    {
    }

    void IAstFieldWriter.WriteStrList(string name, IReadOnlyList<string> value)
    {
    }

    void IAstFieldWriter.WriteInt(string name, int value)
    {
    }

    void IAstFieldWriter.WriteConstant(string name, object value)
    {
    }

    void IAstFieldWriter.WriteEnum<T>(string name, T value)
    {
    }

    void IAstFieldWriter.WriteEnumList<T>(string name, IReadOnlyList<T> value)
    {
    }
}
