using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

internal static partial class CrossInterpreter
{
    /// <summary>
    /// Makes the snapshot of one value in the sender, following pickle's order: exact builtin types first, then
    /// classes and functions, then the object's own <c>__reduce_ex__</c>/<c>__reduce__</c>, then the default reduction
    /// of protocol 2+. The memo maps each object already seen to its node, so shared references and cycles survive.
    /// </summary>
    private sealed class Packer
    {
        private readonly Dictionary<PyObject, object> _memo = new(ReferenceEqualityComparer.Instance);
        private Dictionary<PyCell, CellSnapshot>? _cells;
        private int _depth;

        /// <summary>The nodes reached more than once (shared references, cycles, cells): only these need the
        /// receiver's memo. Null while there are none, the common case.</summary>
        internal HashSet<object>? Shared;

        /// <summary>The node already made for <paramref name="value"/>; it is then reached twice, so it is shared.</summary>
        private bool Recall(PyObject value, out object node)
        {
            if (!_memo.TryGetValue(value, out node!))
                return false;
            MarkShared(node);
            return true;
        }

        private void MarkShared(object node) => (Shared ??= new HashSet<object>(ReferenceEqualityComparer.Instance)).Add(node);

        /// <summary>Shareable tuples at least this long are remembered, so a big tuple referred to many times is
        /// checked once.</summary>
        private const int MemoizedShareableTupleLength = 16;

        internal object Pack(PyObject value)
        {
            if (IsLeaf(value))
                return value;
            if (Recall(value, out var packed))
                return packed;
            if (++_depth > ThreadState.NativeDepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                _depth--;
                throw TooDeep();
            }
            try
            {
                return PackNew(value);
            }
            finally
            {
                _depth--;
            }
        }

        private object PackNew(PyObject value)
        {
            if (value.GetType() == typeof(PyList))
                return PackList((PyList)value);
            if (value.GetType() == typeof(PyDict))
                return PackDict((PyDict)value);
            if (value.GetType() == typeof(PyTuple))
                return PackTuple((PyTuple)value);
            if (value.GetType() == typeof(PySet))
                return ((PySet)value).IsFrozen ? PackFrozenSet((PySet)value) : PackSet((PySet)value);
            switch (value)
            {
                case PyEllipsis or PyNotImplemented or PyCode or IShareable:
                    return value;
                case PyType type:
                    return type.IsBuiltin ? type : PackClass(type);
                case PyFunction f:
                    return PackFunction(f);
                case PyMethod m:
                    return PackMethod(m);
                case PyBuiltinFunction b:
                    return PackBuiltinFunction(b);
                case PyByteArray ba:
                    return _memo[ba] = new ByteArraySnapshot(ba.AsSpan().ToArray());
                case PyRange r:
                    return _memo[r] = new RangeSnapshot(PyInt.From(r.BigStart), PyInt.From(r.BigStop), PyInt.From(r.BigStep));
                case PySlice s:
                    return PackSlice(s);
                case PyBaseException e when !HasOwnReduce(e.Type, BuiltinTypes.BaseException.Lookup("__reduce__")):
                    return PackException(e);
            }
            return PackReduce(value);
        }

        private object[] PackItems(PyObject[] items)
        {
            var packed = new object[items.Length];
            for (int i = 0; i < items.Length; i++)
                packed[i] = Pack(items[i]);
            return packed;
        }

        private object[] PackList(PyList list)
        {
            int n = list.Count;
            var packed = new object[n];
            _memo[list] = packed;
            for (int i = 0; i < n; i++)
            {
                if (list.Count != n)
                    throw Err.Runtime("list changed size during iteration");
                packed[i] = Pack(list[i]);
            }
            return packed;
        }

        private DictSnapshot PackDict(PyDict dict)
        {
            var packed = new object[dict.Count * 2];
            var node = new DictSnapshot(packed);
            _memo[dict] = node;
            int version = dict.KeysVersion, pos = 0, i = 0;
            while (dict.Next(ref pos, out var key, out var value))
            {
                packed[i++] = Pack(key);
                packed[i++] = Pack(value);
                if (dict.KeysVersion != version)
                    throw Err.Runtime("dictionary changed size during iteration");
            }
            return node;
        }

        /// <summary>A tuple of shareables is itself (found in one pass: packing a shareable gives it back); otherwise
        /// a node, made after the items as pickle does, so a cycle through a mutable item finds the inner node.</summary>
        private object PackTuple(PyTuple tuple)
        {
            var items = tuple.Items;
            object[]? packed = null;
            for (int i = 0; i < items.Length; i++)
            {
                var p = Pack(items[i]);
                if (packed == null)
                {
                    if (ReferenceEquals(p, items[i]))
                        continue;
                    packed = new object[items.Length];
                    Array.Copy(items, packed, i);
                }
                packed[i] = p;
            }
            if (packed == null)
            {
                if (items.Length >= MemoizedShareableTupleLength)
                    _memo[tuple] = tuple;
                return tuple;
            }
            if (Recall(tuple, out var inner))
                return inner;
            return _memo[tuple] = new TupleSnapshot(packed);
        }

        private SetSnapshot PackSet(PySet set)
        {
            int n = set.Count;
            var packed = new object[n];
            var node = new SetSnapshot(packed, frozen: false);
            _memo[set] = node;
            int pos = 0, i = 0;
            while (set.Next(ref pos, out var item, out _))
            {
                if (i == n || set.Count != n)
                    throw Err.Runtime("Set changed size during iteration");
                packed[i++] = Pack(item);
            }
            return node;
        }

        private object PackFrozenSet(PySet set)
        {
            var packed = new object[set.Count];
            bool allShareable = true;
            int pos = 0, i = 0;
            while (set.Next(ref pos, out var item, out _))
            {
                var p = Pack(item);
                allShareable &= ReferenceEquals(p, item);
                packed[i++] = p;
            }
            if (allShareable)
                return set;
            if (Recall(set, out var inner))
                return inner;
            return _memo[set] = new SetSnapshot(packed, frozen: true);
        }

        private object PackSlice(PySlice s)
        {
            var start = Pack(s.Start);
            var stop = Pack(s.Stop);
            var step = Pack(s.Step);
            if (Recall(s, out var inner))
                return inner;
            return _memo[s] = new SliceSnapshot(start, stop, step);
        }

        /// <summary>A class made by Python code crosses by name: the receiver finds its own class of that module and
        /// qualified name.</summary>
        private GlobalSnapshot PackClass(PyType type)
        {
            if (!type.Dict.TryGetStr("__module__", out var m) || m is not PyStr module)
                throw NotShareable($"cannot share class '{type.QualName}': it has no __module__");
            string name = module.Value + "." + type.QualName;
            if (type.QualName.Contains("<locals>", StringComparison.Ordinal))
                throw NotShareable($"cannot share class '{name}': a class defined in a function cannot be found by name");
            // As pickle does: the name must lead back to this very class here, or the receiver would get another one
            // (a class redefined since the instance was made, a class whose __qualname__ was changed).
            PyObject found;
            try
            {
                found = ThreadState.Current.Interp.Importer.Import(module.Value);
                foreach (var part in type.QualName.Split('.'))
                    found = Ops.GetAttr(found, part);
            }
            catch (PyException e) when (ShouldWrap(e))
            {
                throw NotShareable($"cannot share class '{name}': it cannot be found by name", e);
            }
            if (found != type)
                throw NotShareable($"cannot share class '{name}': it is not the same object as {name}");
            var node = new GlobalSnapshot(module.Value, type.QualName) { MainFile = MainScript(module.Value) };
            _memo[type] = node;
            return node;
        }

        /// <summary>The file of the sender's main script, for things defined in <c>__main__</c> (or in the main script
        /// run again as <c>__mp_main__</c>) when it ran from one.</summary>
        private static string? MainScript(string module)
        {
            if (module is not ("__main__" or "__mp_main__"))
                return null;
            var interp = ThreadState.Current.Interp;
            return interp.Modules.TryGetStr(module, out var m) && m.Dict is { } d
                && d.TryGetStr("__file__", out var file) && file is PyStr fs && System.IO.File.Exists(fs.Value)
                ? System.IO.Path.GetFullPath(fs.Value) : null;
        }

        /// <summary>A function crosses as its code (shareable), its module's name and copies of what it carries; the
        /// receiver rebuilds it over its own module globals.</summary>
        private FunctionSnapshot PackFunction(PyFunction f)
        {
            string? module = f.Globals.TryGetStr("__name__", out var n) && n is PyStr ns ? ns.Value : null;
            if (module == null || !f.Interp.Modules.TryGetStr(module, out var mod) || mod.Dict != f.Globals)
                throw NotShareable($"cannot share function '{f.QualName}': it was not defined in a module");
            var node = new FunctionSnapshot(f.Code, module, f.Name, f.QualName) { MainFile = MainScript(module) };
            _memo[f] = node;
            if (f.Defaults != null)
                node.Defaults = PackItems(f.Defaults);
            if (f.KwDefaults != null)
                node.KwDefaults = Pack(f.KwDefaults);
            if (f.Closure != null)
            {
                var cells = new CellSnapshot[f.Closure.Length];
                for (int i = 0; i < cells.Length; i++)
                {
                    var cell = f.Closure[i];
                    _cells ??= new(ReferenceEqualityComparer.Instance);
                    if (!_cells.TryGetValue(cell, out var snapshot))
                    {
                        snapshot = new CellSnapshot();
                        _cells[cell] = snapshot;
                        MarkShared(snapshot); // cells are the same cell in every function that closes over them
                        if (cell.Value != null)
                            snapshot.Contents = Pack(cell.Value);
                    }
                    cells[i] = snapshot;
                }
                node.Closure = cells;
            }
            node.Doc = Pack(f.Doc);
            if (f.DictIfAny is { Count: > 0 } attrs)
                node.Attributes = Pack(attrs);
            return node;
        }

        /// <summary>A bound method crosses as its instance (copied) and its name, as pickle reduces it.</summary>
        private object PackMethod(PyMethod m)
        {
            string name = m.Function switch
            {
                PyFunction f => f.Name,
                PyBuiltinFunction b => b.Name,
                var other => (Ops.GetAttr(other, "__name__") as PyStr ?? throw CannotShare(m)).Value,
            };
            var self = Pack(m.Self);
            if (Recall(m, out var inner))
                return inner;
            return _memo[m] = new AttributeSnapshot(self, name);
        }

        /// <summary>Native functions cross by name: module functions through their module, methods of builtin types
        /// through the (shared) type, bound ones through their copied instance.</summary>
        private object PackBuiltinFunction(PyBuiltinFunction b)
        {
            if (b.Self == null)
            {
                if (b.Owner != null)
                    return _memo[b] = new AttributeSnapshot(b.Owner, b.Name);
                if (b.ModuleName != null)
                    return _memo[b] = new GlobalSnapshot(b.ModuleName, b.Name);
                throw CannotShare(b);
            }
            if (b.Self is PyModule module)
                return _memo[b] = new GlobalSnapshot(module.Name, b.Name);
            var self = Pack(b.Self);
            if (Recall(b, out var inner))
                return inner;
            return _memo[b] = new AttributeSnapshot(self, b.Name);
        }

        /// <summary>An exception crosses as its type, args, attributes (notes included) and the fields of builtin
        /// exception types; AttributeError's <c>obj</c> stays behind, as pickle leaves it.</summary>
        private object PackException(PyBaseException e)
        {
            object type = e.Type.IsBuiltin ? e.Type : PackClass(e.Type);
            var args = Pack(e.Args);
            if (Recall(e, out var inner))
                return inner;
            var node = new ExceptionSnapshot(type, args, e.Type.Name);
            _memo[e] = node;
            if (e.Fields != null)
            {
                var fields = new List<(string, object)>(e.Fields.Count);
                foreach (var (name, value) in e.Fields)
                {
                    if (name != "obj")
                        fields.Add((name, Pack(value)));
                }
                node.Fields = fields.ToArray();
            }
            if (e.DictIfAny is { Count: > 0 } attrs)
                node.Attributes = Pack(attrs);
            return node;
        }

        /// <summary>Everything else goes through the pickle protocol: the object's own <c>__reduce_ex__(4)</c> or
        /// <c>__reduce__</c> when its class defines one, else the default reduction. Errors raised by Python code on
        /// the way become NotShareableError naming the type.</summary>
        private object PackReduce(PyObject value)
        {
            var type = value.Type;
            try
            {
                var reduceEx = type.Lookup("__reduce_ex__");
                if (reduceEx != null && reduceEx != BuiltinTypes.Object.Lookup("__reduce_ex__"))
                    return PackReduceValue(value, Ops.CallMethod(value, reduceEx, PyInt.From(PickleProtocol)));
                if (type.Lookup("__reduce__") is { } reduce && reduce != BuiltinTypes.Object.Lookup("__reduce__"))
                    return PackReduceValue(value, Ops.CallMethod(value, reduce));
                return PackDefaultReduce(value, type);
            }
            catch (PyException e) when (ShouldWrap(e))
            {
                throw CannotShare(value, e);
            }
        }

        /// <summary>What <c>copyreg.__reduce_ex__</c> does for protocol 2+: <c>cls.__new__(cls, *args, **kwargs)</c>
        /// with the arguments of <c>__getnewargs_ex__</c> or <c>__getnewargs__</c>, the state of <c>__getstate__</c> (by
        /// default the instance dict and the <c>__slots__</c> values), and the items of list and dict subclasses.</summary>
        private object PackDefaultReduce(PyObject value, PyType type)
        {
            var layout = type.Layout;
            if (type.IsBuiltin || !(layout == BuiltinTypes.Object || layout == BuiltinTypes.Int || layout == BuiltinTypes.Float
                || layout == BuiltinTypes.Complex || layout == BuiltinTypes.Str || layout == BuiltinTypes.Bytes
                || layout == BuiltinTypes.Tuple || layout == BuiltinTypes.List || layout == BuiltinTypes.Dict))
                throw CannotShare(value);
            var cls = PackClass(type);
            Builtins.ObjectReduce.GetNewArguments(value, type, out var newArgs, out var kwargs);
            var kind = kwargs != null ? ReduceKind.NewObjEx : ReduceKind.NewObj;
            PyObject args = newArgs ?? PyTuple.Empty;
            var state = type.Lookup("__getstate__") is { } getState && getState != BuiltinTypes.Object.Lookup("__getstate__")
                ? Ops.CallMethod(value, getState) : Builtins.ObjectReduce.DefaultGetState(value, required: false);
            PyObject[]? listItems = value is PyList ? Collect(Ops.GetIter(value)) : null;
            PyObject[]? dictItems = value is PyDict ? Collect(Ops.GetIter(Ops.Call(Ops.GetAttr(value, "items")))) : null;
            return PackReduction(value, type, kind, cls, Pack(args), kwargs is { Count: > 0 } ? kwargs : null, state, listItems, dictItems, null);
        }

        private static PyObject[] Collect(PyObject iterator)
        {
            var items = new List<PyObject>();
            while (Ops.Next(iterator) is { } item)
                items.Add(item);
            return items.ToArray();
        }

        /// <summary>Packs what a <c>__reduce__</c> returned: a string names a global of the object's module; a tuple
        /// is (callable, args[, state[, listitems[, dictitems[, state_setter]]]]), where a callable named
        /// <c>__newobj__</c> or <c>__newobj_ex__</c> means <c>cls.__new__</c> (pickle's rule).</summary>
        private object PackReduceValue(PyObject value, PyObject rv)
        {
            if (rv is PyStr name)
            {
                var module = Ops.GetAttrOrNull(value, "__module__") as PyStr
                    ?? throw Err.Type($"cannot find the module of global '{name.Value}'");
                return _memo[value] = new GlobalSnapshot(module.Value, name.Value);
            }
            if (rv is not PyTuple tuple)
                throw Err.Type($"__reduce__ must return a string or tuple, not {rv.Type.Name}");
            var items = tuple.Items;
            if (items.Length is < 2 or > 6)
                throw Err.Type("tuple returned by __reduce__ must contain 2 through 6 elements");
            var callable = items[0];
            var args = items[1] as PyTuple
                ?? throw Err.Type($"second item of the tuple returned by __reduce__ must be a tuple, not {items[1].Type.Name}");
            PyObject? Item(int i) => items.Length > i && items[i] != PyNone.Instance ? items[i] : null;
            var listItems = Item(3) is { } li ? Collect(Ops.GetIter(li)) : null;
            var dictItems = Item(4) is { } di ? Collect(Ops.GetIter(di)) : null;
            var stateSetter = Item(5);
            string callableName = Ops.GetAttrOrNull(callable, "__name__") is PyStr cn ? cn.Value : "";
            if (callableName == "__newobj__")
            {
                if (args.Count == 0 || args.Items[0] is not PyType cls)
                    throw Err.Type("__newobj__ arglist must start with a class");
                if (cls != value.Type)
                    throw Err.Type("args[0] from __newobj__ args has the wrong class");
                var rest = PyTuple.Of(args.Items[1..]);
                return PackReduction(value, value.Type, ReduceKind.NewObj, Pack(cls), Pack(rest), null, Item(2), listItems, dictItems, stateSetter);
            }
            if (callableName == "__newobj_ex__")
            {
                if (args.Count != 3 || args.Items[0] is not PyType cls || args.Items[1] is not PyTuple newArgs || args.Items[2] is not PyDict kw)
                    throw Err.Type("__newobj_ex__ args must be (cls, args tuple, kwargs dict)");
                if (cls != value.Type)
                    throw Err.Type("args[0] from __newobj_ex__ args has the wrong class");
                return PackReduction(value, value.Type, ReduceKind.NewObjEx, Pack(cls), Pack(newArgs), kw.Count > 0 ? kw : null, Item(2), listItems, dictItems, stateSetter);
            }
            return PackReduction(value, value.Type, ReduceKind.Call, Pack(callable), Pack(args), null, Item(2), listItems, dictItems, stateSetter);
        }

        /// <summary>The node of a reduced object. Made once the constructor's arguments are packed (the object does not
        /// exist before its constructor runs), then remembered before its state and items, which may refer back to it.</summary>
        private object PackReduction(PyObject value, PyType type, ReduceKind kind, object cls, object args, PyDict? kwargs,
            PyObject? state, PyObject[]? listItems, PyObject[]? dictItems, PyObject? stateSetter)
        {
            var packedKwargs = kwargs == null ? null : Pack(kwargs);
            if (Recall(value, out var inner))
                return inner;
            var node = new ReduceSnapshot(type.Name, kind, cls, args) { Kwargs = packedKwargs };
            _memo[value] = node;
            if (state != null && state != PyNone.Instance)
                node.State = Pack(state);
            if (stateSetter != null)
                node.StateSetter = Pack(stateSetter);
            if (listItems != null)
                node.ListItems = PackItems(listItems);
            if (dictItems != null)
            {
                var packed = new object[dictItems.Length * 2];
                for (int i = 0; i < dictItems.Length; i++)
                {
                    if (dictItems[i] is not PyTuple { Count: 2 } pair)
                        throw Err.Type("dict items iterator must return 2-tuples");
                    packed[2 * i] = Pack(pair.Items[0]);
                    packed[2 * i + 1] = Pack(pair.Items[1]);
                }
                node.DictItems = packed;
            }
            return node;
        }
    }
}
