using System.Collections.Generic;
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
        var w = new Writer(includeAttributes, indent is null ? null : new string(' ', indent.Value));
        return w.Format(node, 0).Text;
    }

    private readonly record struct Formatted(string Text, bool Simple);

    private sealed class Writer(bool includeAttributes, string? indent) : IAstFieldWriter
    {
        private List<string> _args = [];
        private bool _allSimple;
        private int _level;
        private int _depth;

        public Formatted Format(Node node, int level)
        {
            if (++_depth > StackGuard.AstConversionDepthLimit || !StackGuard.HasSufficientStack())
                throw new PythonResourceException("RecursionError", "maximum recursion depth exceeded during ast construction");
            var savedArgs = _args;
            bool savedSimple = _allSimple;
            int savedLevel = _level;
            _args = [];
            _allSimple = true;
            _level = indent is null ? level : level + 1;
            node.WriteFields(this);
            if (includeAttributes && node is LocatedNode located)
            {
                var loc = located.Location;
                _args.Add("lineno=" + loc.Lineno.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _args.Add("col_offset=" + loc.ColOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _args.Add("end_lineno=" + loc.EndLineno.ToString(System.Globalization.CultureInfo.InvariantCulture));
                _args.Add("end_col_offset=" + loc.EndColOffset.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
            Formatted result;
            if (_allSimple && _args.Count <= 3)
                result = new(node.TypeName + "(" + string.Join(", ", _args) + ")", _args.Count == 0);
            else
                result = new(node.TypeName + "(" + Prefix + string.Join(Separator, _args) + ")", false);
            _args = savedArgs;
            _allSimple = savedSimple;
            _level = savedLevel;
            _depth--;
            return result;
        }

        private string Prefix => PrefixAt(_level);
        private string Separator => SeparatorAt(_level);
        private string PrefixAt(int level) => indent is null ? "" : "\n" + Repeat(indent, level);
        private string SeparatorAt(int level) => indent is null ? ", " : ",\n" + Repeat(indent, level);

        private static string Repeat(string s, int n)
        {
            var sb = new StringBuilder(s.Length * n);
            for (int i = 0; i < n; i++)
                sb.Append(s);
            return sb.ToString();
        }

        private void Add(string name, Formatted f)
        {
            _allSimple &= f.Simple;
            _args.Add(name + "=" + f.Text);
        }

        // A list is one level deeper than the node that holds it (CPython's _format recurses on it).
        private string FormatList(IReadOnlyList<string> items) =>
            "[" + PrefixAt(_level + 1) + string.Join(SeparatorAt(_level + 1), items) + "]";

        public void WriteNode(string name, Node? value)
        {
            if (value is null)
                return; // None fields are omitted (show_empty=False)
            Add(name, Format(value, _level));
        }

        public void WriteNodeList(string name, IReadOnlyList<Node?> value)
        {
            if (value.Count == 0)
                return;
            var items = new List<string>(value.Count);
            foreach (var item in value)
                items.Add(item is null ? "None" : Format(item, _level + 1).Text);
            Add(name, new(FormatList(items), false));
        }

        public void WriteStr(string name, string? value)
        {
            if (value is null)
                return;
            Add(name, new(PyRepr.Str(value), true));
        }

        public void WriteStrList(string name, IReadOnlyList<string> value)
        {
            if (value.Count == 0)
                return;
            var items = new List<string>(value.Count);
            foreach (var s in value)
                items.Add(PyRepr.Str(s));
            Add(name, new(FormatList(items), false));
        }

        public void WriteInt(string name, int value) =>
            Add(name, new(value.ToString(System.Globalization.CultureInfo.InvariantCulture), true));

        // Constant(value=None) and MatchSingleton(value=None) keep their None.
        public void WriteConstant(string name, object value) => Add(name, new(PyRepr.Constant(value), true));

        public void WriteEnum<T>(string name, T value) where T : struct, System.Enum =>
            Add(name, new(value.ToString() + "()", true));

        public void WriteEnumList<T>(string name, IReadOnlyList<T> value) where T : struct, System.Enum
        {
            if (value.Count == 0)
                return;
            var items = new List<string>(value.Count);
            foreach (var v in value)
                items.Add(v.ToString() + "()");
            Add(name, new(FormatList(items), false));
        }
    }
}
