using System;
using System.Collections.Generic;
using System.Text;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Pickle;

internal sealed partial class PyPickler
{
    /// <summary>Objects with no opcode of their own: a reduction function from the dispatch table (the pickler's, or
    /// copyreg's), classes by name, else the object's <c>__reduce_ex__(protocol)</c>.</summary>
    private void SaveByReduce(PyObject obj)
    {
        var type = obj.Type;
        PyObject? reduceFunc = null;
        if (DispatchTable != null)
        {
            try
            {
                reduceFunc = Ops.GetItem(DispatchTable, type);
            }
            catch (PyException e) when (e.Value.Type.IsSubtypeOf(BuiltinTypes.KeyError))
            {
            }
        }
        else
        {
            reduceFunc = CopyregDispatch().GetItem(type);
        }
        PyObject rv;
        if (reduceFunc != null)
        {
            rv = Ops.Call(reduceFunc, obj);
        }
        else if (type.IsSubtypeOf(BuiltinTypes.TypeType))
        {
            SaveGlobal(obj, null);
            return;
        }
        else if (HasDefaultReduce(obj, type))
        {
            // object.__reduce_ex__ itself, without making a bound method.
            rv = Builtins.ObjectReduce.ReduceEx(obj, PyInt.From(Proto));
        }
        else if (Ops.GetAttrOrNull(obj, "__reduce_ex__") is { } reduceEx)
        {
            rv = Ops.Call(reduceEx, PyInt.From(Proto));
        }
        else if (Ops.GetAttrOrNull(obj, "__reduce__") is { } reduce)
        {
            rv = Ops.Call(reduce);
        }
        else
        {
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)} object");
        }
        SaveReduceValue(obj, rv);
    }

    private static bool HasDefaultReduce(PyObject obj, PyType type)
        => type.Lookup("__reduce_ex__") == BuiltinTypes.Object.Lookup("__reduce_ex__")
            && type.Lookup("__reduce__") == BuiltinTypes.Object.Lookup("__reduce__")
            && (obj.Dict is not { } d || (!d.TryGetStr("__reduce_ex__", out _) && !d.TryGetStr("__reduce__", out _)));

    private PyDict CopyregDispatch()
    {
        if (_copyregDispatch == null)
        {
            var copyreg = ThreadState.Current.Interp.Importer.Import("copyreg");
            _copyregDispatch = Ops.GetAttr(copyreg, "dispatch_table") as PyDict ?? throw Err.Type("copyreg.dispatch_table should be a dict");
        }
        return _copyregDispatch;
    }

    private PyDict ExtensionRegistry()
    {
        if (_extensionRegistry == null)
        {
            var copyreg = ThreadState.Current.Interp.Importer.Import("copyreg");
            _extensionRegistry = Ops.GetAttr(copyreg, "_extension_registry") as PyDict ?? throw Err.Type("copyreg._extension_registry should be a dict");
        }
        return _extensionRegistry;
    }

    private void SaveReduceValue(PyObject obj, PyObject rv)
    {
        if (rv is PyStr name)
        {
            SaveGlobal(obj, name);
            return;
        }
        if (rv is not PyTuple tuple)
            throw PickleModule.Pickling("__reduce__ must return a string or tuple");
        SaveReduce(tuple, obj);
    }

    /// <summary>Saves what <c>__reduce__</c> returned: (callable, args[, state[, listitems[, dictitems[, state_setter]]]]).
    /// A callable named <c>__newobj__</c> (<c>__newobj_ex__</c>) becomes NEWOBJ (NEWOBJ_EX) from protocol 2 (4).</summary>
    private void SaveReduce(PyTuple rv, PyObject? obj)
    {
        var items = rv.Items;
        if (items.Length is < 2 or > 6)
            throw PickleModule.Pickling("tuple returned by __reduce__ must contain 2 through 6 elements");
        var callable = items[0];
        var argtup = items[1];
        PyObject? Item(int i) => items.Length > i && items[i] != PyNone.Instance ? items[i] : null;
        var state = Item(2);
        var listItems = Item(3);
        var dictItems = Item(4);
        var stateSetter = Item(5);
        if (!Ops.IsCallable(callable))
            throw PickleModule.Pickling("first item of the tuple returned by __reduce__ must be callable");
        if (argtup is not PyTuple args)
            throw PickleModule.Pickling("second item of the tuple returned by __reduce__ must be a tuple");
        if (listItems != null && listItems.Type.Lookup("__next__") == null)
            throw PickleModule.Pickling($"fourth element of the tuple returned by __reduce__ must be an iterator, not {Ops.TypeName(listItems)}");
        if (dictItems != null && dictItems.Type.Lookup("__next__") == null)
            throw PickleModule.Pickling($"fifth element of the tuple returned by __reduce__ must be an iterator, not {Ops.TypeName(dictItems)}");
        if (stateSetter != null && !Ops.IsCallable(stateSetter))
            throw PickleModule.Pickling($"sixth element of the tuple returned by __reduce__ must be a function, not {Ops.TypeName(stateSetter)}");

        string funcName = Proto >= 2 && Ops.GetAttrOrNull(callable, "__name__") is PyStr fn ? fn.Value : "";
        if (funcName == "__newobj_ex__")
        {
            if (args.Count != 3)
                throw PickleModule.Pickling($"length of the NEWOBJ_EX argument tuple must be exactly 3, not {args.Count}");
            var cls = args.Items[0];
            if (cls is not PyType)
                throw PickleModule.Pickling($"first item from NEWOBJ_EX argument tuple must be a class, not {Ops.TypeName(cls)}");
            if (args.Items[1] is not PyTuple)
                throw PickleModule.Pickling($"second item from NEWOBJ_EX argument tuple must be a tuple, not {Ops.TypeName(args.Items[1])}");
            if (args.Items[2] is not PyDict)
                throw PickleModule.Pickling($"third item from NEWOBJ_EX argument tuple must be a dict, not {Ops.TypeName(args.Items[2])}");
            if (Proto < 4)
            {
                // Departure: CPython wraps cls.__new__ in a functools.partial here; Atoll has no functools yet.
                throw PickleModule.Pickling($"keyword arguments to __new__ of {Ops.Repr(cls)} need pickle protocol 4 or higher");
            }
            Save(cls);
            Save(args.Items[1]);
            Save(args.Items[2]);
            W(Op.NewObjEx);
        }
        else if (funcName == "__newobj__")
        {
            if (args.Count < 1)
                throw PickleModule.Pickling("__newobj__ arglist is empty");
            var cls = args.Items[0];
            if (cls is not PyType)
                throw PickleModule.Pickling("args[0] from __newobj__ args is not a type");
            if (obj != null && Ops.GetAttr(obj, "__class__") != cls)
                throw PickleModule.Pickling("args[0] from __newobj__ args has the wrong class");
            Save(cls);
            Save(PyTuple.Of(args.Items[1..]));
            W(Op.NewObj);
        }
        else
        {
            Save(callable);
            Save(args);
            W(Op.Reduce);
        }
        if (obj != null && !MemoizeReduced(obj))
            return;
        if (listItems != null)
            BatchAppends(listItems);
        if (dictItems != null)
            BatchSetItems(dictItems);
        if (state != null)
        {
            if (stateSetter == null)
            {
                Save(state);
                W(Op.Build);
            }
            else
            {
                // state_setter(obj, state), its result dropped.
                Save(stateSetter);
                Save(obj ?? PyNone.Instance);
                Save(state);
                W(Op.Tuple2);
                W(Op.Reduce);
                W(Op.Pop);
            }
        }
    }

    /// <summary>The items of an iterator appended in batches of 1000 (a batch of one is a plain APPEND).</summary>
    private void BatchAppends(PyObject iterator)
    {
        if (!Bin)
        {
            while (Ops.Next(iterator) is { } x)
            {
                Save(x);
                W(Op.Append);
            }
            return;
        }
        var batch = new List<PyObject>(16);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && Ops.Next(iterator) is { } x)
                batch.Add(x);
            if (batch.Count > 1)
            {
                W(Op.Mark);
                foreach (var x in batch)
                    Save(x);
                W(Op.Appends);
            }
            else if (batch.Count == 1)
            {
                Save(batch[0]);
                W(Op.Append);
            }
            if (batch.Count < BatchSize)
                return;
        }
    }

    private static PyTuple Pair(PyObject item)
        => item is PyTuple { Count: 2 } t ? t : throw Err.Type("dict items iterator must return 2-tuples");

    /// <summary>The (key, value) pairs of an iterator set in batches of 1000.</summary>
    private void BatchSetItems(PyObject iterator)
    {
        if (!Bin)
        {
            while (Ops.Next(iterator) is { } x)
            {
                var p = Pair(x);
                Save(p.Items[0]);
                Save(p.Items[1]);
                W(Op.SetItem);
            }
            return;
        }
        var batch = new List<PyTuple>(16);
        while (true)
        {
            batch.Clear();
            while (batch.Count < BatchSize && Ops.Next(iterator) is { } x)
                batch.Add(Pair(x));
            if (batch.Count > 1)
            {
                W(Op.Mark);
                foreach (var p in batch)
                {
                    Save(p.Items[0]);
                    Save(p.Items[1]);
                }
                W(Op.SetItems);
            }
            else if (batch.Count == 1)
            {
                Save(batch[0].Items[0]);
                Save(batch[0].Items[1]);
                W(Op.SetItem);
            }
            if (batch.Count < BatchSize)
                return;
        }
    }

    // ---- globals ----

    /// <summary>Saves a class, function or other named object as a reference: module and qualified name, checked to
    /// lead back to the very object; an extension code when copyreg registered one.</summary>
    private void SaveGlobal(PyObject obj, PyStr? name)
    {
        string globalName = name?.Value
            ?? (Ops.GetAttrOrNull(obj, "__qualname__") ?? Ops.GetAttr(obj, "__name__")) switch
            {
                PyStr s => s.Value,
                var other => throw Err.Type($"attribute name must be string, not '{Ops.TypeName(other)}'"),
            };
        var dotted = globalName.Split('.');
        if (Array.IndexOf(dotted, "<locals>") >= 0)
            throw Err.New(BuiltinTypes.AttributeError, $"Can't get local object '{globalName}'");
        string moduleName = WhichModule(obj, dotted);
        PyObject module;
        try
        {
            module = ThreadState.Current.Interp.Importer.Import(moduleName);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(BuiltinTypes.ImportError))
        {
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: import of module {Ops.StrRepr(moduleName)} failed");
        }
        PyObject parent = module, found = module;
        foreach (var part in dotted)
        {
            parent = found;
            found = Ops.GetAttrOrNull(found, part)
                ?? throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: attribute lookup {globalName} on {moduleName} failed");
        }
        if (found != obj)
            throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: it's not the same object as {moduleName}.{globalName}");

        if (Proto >= 2 && ExtensionRegistry().GetItem(PyTuple.Of(new PyStr(moduleName), new PyStr(globalName))) is { } codeObj)
        {
            long code = Ops.AsLong(codeObj);
            if (code <= 0 || code > 0x7fffffff)
                throw PickleModule.Pickling($"Can't pickle {Ops.Repr(obj)}: extension code {code} is out of range");
            if (code <= 0xff)
                W(Op.Ext1, (byte)code);
            else if (code <= 0xffff)
            {
                Span<byte> b = [Op.Ext2, (byte)code, (byte)(code >> 8)];
                W(b);
            }
            else
                WOpInt32(Op.Ext4, (int)code);
            return;
        }

        if (Proto >= 4)
        {
            Save(ModuleNameObject(obj, moduleName));
            Save(PyStr.Intern(globalName));
            W(Op.StackGlobal);
        }
        else if (parent != module)
        {
            // A nested name before protocol 4: getattr(getattr(module.first, second), third)...
            var getattr = Ops.GetAttr(ThreadState.Current.Interp.BuiltinsModule, "getattr");
            for (int i = 1; i < dotted.Length; i++)
            {
                Save(getattr);
                if (Proto < 2)
                    W(Op.Mark);
            }
            WriteGlobalOpcode(moduleName, dotted[0]);
            for (int i = 1; i < dotted.Length; i++)
            {
                // The parts come from splitting the qualified name: new strings, except that CPython shares
                // one-character strings.
                Save(dotted[i].Length == 1 ? PyStr.Intern(dotted[i]) : new PyStr(dotted[i]));
                W(Proto < 2 ? Op.Tuple : Op.Tuple2);
                W(Op.Reduce);
            }
        }
        else
        {
            WriteGlobalOpcode(moduleName, globalName);
        }
        MemoPut(obj);
    }

    /// <summary>
    /// The module name string saved for STACK_GLOBAL. The memo works by identity, so which names are one object decides
    /// the bytes; CPython's rule: names of Python modules are interned (one object, also shared with equal constants),
    /// the builtin types share one 'builtins', the functions of a native module share their module's name (another
    /// object), and other native types make a new string each time.
    /// </summary>
    private PyStr ModuleNameObject(PyObject obj, string moduleName)
    {
        if (obj is PyBuiltinFunction)
        {
            _functionModuleNames ??= new Dictionary<string, PyStr>(StringComparer.Ordinal);
            if (!_functionModuleNames.TryGetValue(moduleName, out var s))
                _functionModuleNames[moduleName] = s = new PyStr(moduleName);
            return s;
        }
        if (obj is PyType { IsBuiltin: true } && moduleName != "builtins")
            return new PyStr(moduleName);
        return PyStr.Intern(moduleName);
    }

    private void WriteGlobalOpcode(string module, string name)
    {
        if (Proto < 3 && FixImports)
        {
            if (CompatPickle.ReverseNameMapping.TryGetValue((module, name), out var mapped))
                (module, name) = mapped;
            else if (CompatPickle.ReverseImportMapping.TryGetValue(module, out var m))
                module = m;
        }
        W(Op.Global);
        W(GlobalPart(module, "module"));
        W((byte)'\n');
        W(GlobalPart(name, "global"));
        W((byte)'\n');
    }

    private byte[] GlobalPart(string s, string what)
    {
        if (Proto >= 3)
            return PickleText.EncodeUtf8SurrogatePass(s);
        var b = new byte[s.Length];
        for (int i = 0; i < s.Length; i++)
        {
            if (s[i] > 0x7f)
                throw PickleModule.Pickling($"can't pickle {what} identifier '{s}' using pickle protocol {Proto}");
            b[i] = (byte)s[i];
        }
        return b;
    }

    /// <summary>The module an object belongs to: its <c>__module__</c>, else the first module in sys.modules where the
    /// name leads to it, else <c>__main__</c>.</summary>
    private static string WhichModule(PyObject obj, string[] dotted)
    {
        var m = Ops.GetAttrOrNull(obj, "__module__");
        if (m != null && m != PyNone.Instance)
            return m is PyStr ms ? ms.Value : Ops.Str(m);
        var modules = ThreadState.Current.Interp.Modules;
        var snapshot = new List<(PyObject Key, PyObject Value)>();
        int pos = 0;
        while (modules.Next(ref pos, out var k, out var v))
            snapshot.Add((k, v));
        foreach (var (k, module) in snapshot)
        {
            if (k is not PyStr name || name.Value is "__main__" or "__mp_main__" || module == PyNone.Instance)
                continue;
            PyObject? found = module;
            foreach (var part in dotted)
            {
                found = Ops.GetAttrOrNull(found, part);
                if (found == null)
                    break;
            }
            if (found == obj)
                return name.Value;
        }
        return "__main__";
    }
}
