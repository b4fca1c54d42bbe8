using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Atoll.Syntax.Ast;

/// <summary>
/// <c>ast.dump(node, include_attributes=..., indent=...)</c> with CPython 3.13's layout: fields that are
/// None or empty lists are left out (except on Constant and MatchSingleton), a node whose fields are all
/// simple and at most three is written on one line.
/// </summary>
public static class AstDumper
{
    /// <summary>Dumps a tree; <paramref name="indent"/> null gives the one-line form.</summary>
    /// <exception cref="PythonResourceException">The tree is nested deeper than CPython can convert.</exception>
    public static string Dump(Node node, bool includeAttributes = false, int? indent = null)
    {
        // CPython converts the whole tree to ast objects before ast.dump formats any of it: a tree too deep to
        // convert fails before any text is built (an indented dump of a 10,000-deep tree is hundreds of megabytes).
        new DepthProbe().Visit(node);
        var w = new Writer(includeAttributes, indent is null ? null : new string(' ', indent.Value));
        w.Format(node, 0);
        return w.Text;
    }

    [DoesNotReturn]
    private static void ThrowTooDeep() =>
        throw new PythonResourceException("RecursionError", "maximum recursion depth exceeded during ast construction");

    /// <summary>Walks the tree as the conversion to <c>ast</c> objects would, only to fail where it would.</summary>
    private sealed class DepthProbe : IAstFieldWriter
    {
        private int _depth;

        public void Visit(Node node)
        {
            if (++_depth > StackGuard.AstConversionDepthLimit || !StackGuard.HasSufficientStack())
                ThrowTooDeep();
            node.WriteFields(this);
            _depth--;
        }

        public void WriteNode(string name, Node? value)
        {
            if (value is not null)
                Visit(value);
        }

        public void WriteNodeList(string name, IReadOnlyList<Node?> value)
        {
            foreach (var item in value)
            {
                if (item is not null)
                    Visit(item);
            }
        }

        public void WriteStr(string name, string? value) { }
        public void WriteStrList(string name, IReadOnlyList<string> value) { }
        public void WriteInt(string name, int value) { }
        public void WriteConstant(string name, object value) { }
        public void WriteEnum<T>(string name, T value) where T : struct, System.Enum { }
        public void WriteEnumList<T>(string name, IReadOnlyList<T> value) where T : struct, System.Enum { }
    }

    // Everything is appended to one StringBuilder: building each node's text and copying it into its parent's made
    // dumping cost the tree's depth times the output's size (minutes for a 5,000-deep tree with an indent). A node's
    // layout (one line, or one argument per line) depends only on its own arguments being "simple", which a shallow
    // look at its fields and at its children's fields tells before anything is written.
    private sealed class Writer(bool includeAttributes, string? indent) : IAstFieldWriter
    {
        private readonly StringBuilder _out = new();
        private readonly Shape _shape = new(includeAttributes);
        private readonly List<string> _prefixes = [];
        private readonly List<string> _separators = [];
        private string _sep = ", ";
        private bool _first;
        private int _level;
        private int _depth;

        public string Text => _out.ToString();

        public void Format(Node node, int level)
        {
            if (++_depth > StackGuard.AstConversionDepthLimit || !StackGuard.HasSufficientStack())
                ThrowTooDeep();
            _shape.Measure(node);
            bool oneLine = _shape.AllSimple && _shape.Count <= 3;
            string savedSep = _sep;
            bool savedFirst = _first;
            int savedLevel = _level;
            _level = indent is null ? level : level + 1;
            _out.Append(node.TypeName).Append('(');
            if (!oneLine)
                _out.Append(PrefixAt(_level));
            _sep = oneLine ? ", " : SeparatorAt(_level);
            _first = true;
            node.WriteFields(this);
            if (includeAttributes && node is LocatedNode located)
            {
                var loc = located.Location;
                WriteInt("lineno", loc.Lineno);
                WriteInt("col_offset", loc.ColOffset);
                WriteInt("end_lineno", loc.EndLineno);
                WriteInt("end_col_offset", loc.EndColOffset);
            }
            _out.Append(')');
            _sep = savedSep;
            _first = savedFirst;
            _level = savedLevel;
            _depth--;
        }

        private string PrefixAt(int level) => indent is null ? "" : Cached(_prefixes, "\n", level);
        private string SeparatorAt(int level) => indent is null ? ", " : Cached(_separators, ",\n", level);

        private string Cached(List<string> cache, string head, int level)
        {
            while (cache.Count <= level)
            {
                var sb = new StringBuilder(head);
                for (int i = 0; i < cache.Count; i++)
                    sb.Append(indent);
                cache.Add(sb.ToString());
            }
            return cache[level];
        }

        private StringBuilder Begin(string name)
        {
            if (!_first)
                _out.Append(_sep);
            _first = false;
            return _out.Append(name).Append('=');
        }

        // A list is one level deeper than the node that holds it (CPython's _format recurses on it).
        private void BeginList(string name) => Begin(name).Append('[').Append(PrefixAt(_level + 1));

        public void WriteNode(string name, Node? value)
        {
            if (value is null)
                return; // None fields are omitted (show_empty=False)
            Begin(name);
            Format(value, _level);
        }

        public void WriteNodeList(string name, IReadOnlyList<Node?> value)
        {
            if (value.Count == 0)
                return;
            BeginList(name);
            for (int i = 0; i < value.Count; i++)
            {
                if (i > 0)
                    _out.Append(SeparatorAt(_level + 1));
                if (value[i] is { } item)
                    Format(item, _level + 1);
                else
                    _out.Append("None");
            }
            _out.Append(']');
        }

        public void WriteStr(string name, string? value)
        {
            if (value is null)
                return;
            Begin(name).Append(PyRepr.Str(value));
        }

        public void WriteStrList(string name, IReadOnlyList<string> value)
        {
            if (value.Count == 0)
                return;
            BeginList(name);
            for (int i = 0; i < value.Count; i++)
            {
                if (i > 0)
                    _out.Append(SeparatorAt(_level + 1));
                _out.Append(PyRepr.Str(value[i]));
            }
            _out.Append(']');
        }

        public void WriteInt(string name, int value) =>
            Begin(name).Append(value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // Constant(value=None) and MatchSingleton(value=None) keep their None.
        public void WriteConstant(string name, object value) => Begin(name).Append(PyRepr.Constant(value));

        public void WriteEnum<T>(string name, T value) where T : struct, System.Enum =>
            Begin(name).Append(value.ToString()).Append("()");

        public void WriteEnumList<T>(string name, IReadOnlyList<T> value) where T : struct, System.Enum
        {
            if (value.Count == 0)
                return;
            BeginList(name);
            for (int i = 0; i < value.Count; i++)
            {
                if (i > 0)
                    _out.Append(SeparatorAt(_level + 1));
                _out.Append(value[i].ToString()).Append("()");
            }
            _out.Append(']');
        }
    }

    /// <summary>
    /// How many arguments a node's dump has and whether all are simple (CPython's <c>allsimple</c>): scalars are,
    /// lists are not, a node is when it has no arguments itself. Looks one level down, never deeper.
    /// </summary>
    private sealed class Shape(bool includeAttributes, bool countOnly = false) : IAstFieldWriter
    {
        private Shape? _child;

        public int Count { get; private set; }
        public bool AllSimple { get; private set; }

        public void Measure(Node node)
        {
            Count = 0;
            AllSimple = true;
            node.WriteFields(this);
            if (includeAttributes && node is LocatedNode)
                Count += 4; // lineno, col_offset, end_lineno, end_col_offset: ints, simple
        }

        private void Add(bool simple)
        {
            Count++;
            AllSimple &= simple;
        }

        public void WriteNode(string name, Node? value)
        {
            if (value is null)
                return;
            if (countOnly || !AllSimple)
            {
                Add(false); // only the count matters now: never look further down
                return;
            }
            _child ??= new Shape(includeAttributes, countOnly: true);
            _child.Measure(value);
            Add(_child.Count == 0);
        }

        public void WriteNodeList(string name, IReadOnlyList<Node?> value)
        {
            if (value.Count > 0)
                Add(false);
        }

        public void WriteStr(string name, string? value)
        {
            if (value is not null)
                Add(true);
        }

        public void WriteStrList(string name, IReadOnlyList<string> value)
        {
            if (value.Count > 0)
                Add(false);
        }

        public void WriteInt(string name, int value) => Add(true);

        public void WriteConstant(string name, object value) => Add(true);

        public void WriteEnum<T>(string name, T value) where T : struct, System.Enum => Add(true);

        public void WriteEnumList<T>(string name, IReadOnlyList<T> value) where T : struct, System.Enum
        {
            if (value.Count > 0)
                Add(false);
        }
    }
}
