using System;
using System.Collections.Generic;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules;

/// <summary>
/// The shared definition of a module implemented in C#: its functions and constants are built once per process
/// (immutable or shareable values); each interpreter that imports the module gets its own module object and
/// namespace filled from them.
/// </summary>
internal sealed class NativeModuleDef
{
    private readonly string _name;
    private readonly (string Name, PyObject Value)[] _entries;

    public NativeModuleDef(string name, Action<Builder> define)
    {
        _name = name;
        var b = new Builder(name);
        define(b);
        _entries = [.. b.Entries];
    }

    /// <summary>A fresh module object for one interpreter.</summary>
    public PyModule Create()
    {
        var m = new PyModule(_name);
        foreach (var (n, v) in _entries)
            m.Dict.SetStr(n, v);
        return m;
    }

    /// <summary>Collects a module's entries.</summary>
    internal sealed class Builder(string module)
    {
        internal readonly List<(string, PyObject)> Entries = [];

        public void Value(string name, PyObject value) => Entries.Add((name, value));

        public void Fn(string name, NativeFunction f) => Add(name, PyBuiltinFunction.Create(name, f));

        public void Fn0(string name, Func<PyObject> f) => Add(name, PyBuiltinFunction.Create(name, f));

        public void Fn1(string name, Func<PyObject, PyObject> f) => Add(name, PyBuiltinFunction.Create(name, f));

        public void Fn2(string name, Func<PyObject, PyObject, PyObject> f) => Add(name, PyBuiltinFunction.Create(name, f));

        private void Add(string name, PyBuiltinFunction f)
        {
            f.ModuleName = module;
            Entries.Add((name, f));
        }
    }
}
