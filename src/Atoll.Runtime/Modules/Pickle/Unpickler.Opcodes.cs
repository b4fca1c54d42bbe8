using System;
using System.Buffers.Binary;
using System.Globalization;
using System.Numerics;
using System.Text;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Numerics;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules.Pickle;

internal sealed partial class PyUnpickler
{
    private void Dispatch(byte op)
    {
        switch (op)
        {
            case Op.Proto:
                {
                    int p = Read(1)[0];
                    if (p > PickleModule.HighestProtocol)
                        throw Err.Value($"unsupported pickle protocol: {p}");
                    _proto = p;
                    break;
                }
            case Op.Frame: LoadFrame(); break;
            case Op.None: Push(PyNone.Instance); break;
            case Op.NewTrue: Push(PyBool.True); break;
            case Op.NewFalse: Push(PyBool.False); break;
            case Op.Int: LoadTextInt(); break;
            case Op.BinInt: Push(PyInt.From(BinaryPrimitives.ReadInt32LittleEndian(Read(4)))); break;
            case Op.BinInt1: Push(PyInt.From(Read(1)[0])); break;
            case Op.BinInt2: Push(PyInt.From(BinaryPrimitives.ReadUInt16LittleEndian(Read(2)))); break;
            case Op.Long:
                {
                    var line = Ascii(ReadArgLine());
                    if (line.EndsWith('L'))
                        line = line[..^1];
                    Push(ParseInt(line));
                    break;
                }
            case Op.Long1: Push(LongFromBytes(Read(Read(1)[0]))); break;
            case Op.Long4:
                {
                    int n = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                    if (n < 0)
                        throw PickleModule.Unpickling("LONG pickle has negative byte count");
                    Push(LongFromBytes(Read(n)));
                    break;
                }
            case Op.Float:
                {
                    var text = Encoding.Latin1.GetString(ReadArgLine());
                    try
                    {
                        Push(Ops.Call(BuiltinTypes.Float, new PyStr(text)));
                    }
                    catch (PyException e) when (e.Value.Type == BuiltinTypes.ValueError)
                    {
                        throw Err.Value($"could not convert string to float: '{text}\n'");
                    }
                    break;
                }
            case Op.BinFloat: Push(new PyFloat(BinaryPrimitives.ReadDoubleBigEndian(Read(8)))); break;
            case Op.String: LoadString(); break;
            case Op.BinString:
                {
                    int n = BinaryPrimitives.ReadInt32LittleEndian(Read(4));
                    if (n < 0)
                        throw Truncated();
                    Push(DecodeString(Read(n)));
                    break;
                }
            case Op.ShortBinString: Push(DecodeString(Read(Read(1)[0]))); break;
            case Op.BinBytes: Push(new PyBytes(Read(BinaryPrimitives.ReadUInt32LittleEndian(Read(4))).ToArray())); break;
            case Op.ShortBinBytes: Push(new PyBytes(Read(Read(1)[0]).ToArray())); break;
            case Op.BinBytes8: Push(new PyBytes(Read(Size8()).ToArray())); break;
            case Op.ByteArray8: Push(new PyByteArray(Read(Size8()).ToArray())); break;
            case Op.Unicode: Push(new PyStr(PickleText.DecodeRawUnicodeEscape(ReadLine()[..^1]))); break;
            case Op.BinUnicode: Push(new PyStr(PickleText.DecodeUtf8SurrogatePass(Read(BinaryPrimitives.ReadUInt32LittleEndian(Read(4)))))); break;
            case Op.ShortBinUnicode: Push(new PyStr(PickleText.DecodeUtf8SurrogatePass(Read(Read(1)[0])))); break;
            case Op.BinUnicode8: Push(new PyStr(PickleText.DecodeUtf8SurrogatePass(Read(Size8())))); break;
            case Op.EmptyTuple: Push(PyTuple.Empty); break;
            case Op.Tuple: Push(PyTuple.Of(PopToMark())); break;
            case Op.Tuple1: Push(PyTuple.Of(Pop())); break;
            case Op.Tuple2:
                {
                    var b = Pop();
                    var a = Pop();
                    Push(PyTuple.Of(a, b));
                    break;
                }
            case Op.Tuple3:
                {
                    var c = Pop();
                    var b = Pop();
                    var a = Pop();
                    Push(PyTuple.Of(a, b, c));
                    break;
                }
            case Op.EmptyList: Push(new PyList()); break;
            case Op.EmptyDict: Push(new PyDict()); break;
            case Op.EmptySet: Push(new PySet(frozen: false)); break;
            case Op.List:
                {
                    var items = PopToMark();
                    Push(new PyList(items, items.Length));
                    break;
                }
            case Op.Dict:
                {
                    var items = PopToMark();
                    if (items.Length % 2 != 0)
                        throw PickleModule.Unpickling("odd number of items for DICT");
                    var d = new PyDict();
                    for (int i = 0; i + 1 < items.Length; i += 2)
                        d.SetItem(items[i], items[i + 1]);
                    Push(d);
                    break;
                }
            case Op.FrozenSet:
                {
                    var s = new PySet(frozen: true);
                    foreach (var item in PopToMark())
                        s.Add(item);
                    Push(s);
                    break;
                }
            case Op.Append:
                {
                    var v = Pop();
                    Reduction.AppendItems(Top(), [v]);
                    break;
                }
            case Op.Appends:
                {
                    var items = PopToMark();
                    Reduction.AppendItems(Top(), items);
                    break;
                }
            case Op.SetItem:
                {
                    var v = Pop();
                    var k = Pop();
                    Ops.SetItem(Top(), k, v);
                    break;
                }
            case Op.SetItems:
                {
                    var items = PopToMark();
                    var target = Top();
                    if (items.Length % 2 != 0)
                        throw PickleModule.Unpickling("odd number of items for SETITEMS");
                    for (int i = 0; i < items.Length; i += 2)
                        Ops.SetItem(target, items[i], items[i + 1]);
                    break;
                }
            case Op.AddItems:
                {
                    var items = PopToMark();
                    var target = Top();
                    if (target.GetType() == typeof(PySet))
                    {
                        foreach (var item in items)
                            ((PySet)target).Add(item);
                    }
                    else
                    {
                        var add = Ops.GetAttr(target, "add");
                        foreach (var item in items)
                            Ops.Call(add, item);
                    }
                    break;
                }
            case Op.Build: LoadBuild(); break;
            case Op.Mark: _marks.Add(_stack.Count); break;
            case Op.Pop:
                if (_stack.Count <= Fence && _marks.Count > 0)
                    _marks.RemoveAt(_marks.Count - 1);
                else
                    Pop();
                break;
            case Op.PopMark: PopToMark(); break;
            case Op.Dup: Push(Top()); break;
            case Op.Get: MemoGet(ParseMemoIndex(ReadArgLine())); break;
            case Op.BinGet: MemoGet(Read(1)[0]); break;
            case Op.LongBinGet: MemoGet(BinaryPrimitives.ReadUInt32LittleEndian(Read(4))); break;
            case Op.Put:
                {
                    var line = ReadArgLine();
                    var top = Top();
                    long idx = ParseMemoIndex(line);
                    if (idx < 0)
                        throw Err.Value("negative PUT argument");
                    Memo[idx] = top;
                    break;
                }
            case Op.BinPut:
                {
                    int idx = Read(1)[0];
                    Memo[idx] = Top();
                    break;
                }
            case Op.LongBinPut:
                {
                    long idx = BinaryPrimitives.ReadUInt32LittleEndian(Read(4));
                    Memo[idx] = Top();
                    break;
                }
            case Op.Memoize:
                {
                    var top = Top();
                    Memo[Memo.Count] = top;
                    break;
                }
            case Op.Global:
                {
                    var module = PickleText.DecodeUtf8SurrogatePass(ReadArgLine());
                    var name = PickleText.DecodeUtf8SurrogatePass(ReadArgLine());
                    Push(FindClass(module, name));
                    break;
                }
            case Op.StackGlobal:
                {
                    var name = Pop();
                    var module = Pop();
                    if (name.GetType() != typeof(PyStr) || module.GetType() != typeof(PyStr))
                        throw PickleModule.Unpickling("STACK_GLOBAL requires str");
                    Push(FindClass(((PyStr)module).Value, ((PyStr)name).Value));
                    break;
                }
            case Op.Ext1: LoadExtension(Read(1)[0]); break;
            case Op.Ext2: LoadExtension(BinaryPrimitives.ReadUInt16LittleEndian(Read(2))); break;
            case Op.Ext4: LoadExtension(BinaryPrimitives.ReadInt32LittleEndian(Read(4))); break;
            case Op.Reduce:
                {
                    var args = Pop();
                    var callable = Pop();
                    var argTuple = args as PyTuple ?? throw PickleModule.Unpickling("REDUCE argument must be a tuple");
                    Push(Ops.Call(callable, argTuple.Items, null));
                    break;
                }
            case Op.NewObj:
                {
                    var args = Pop();
                    var cls = Pop();
                    if (cls is not PyType)
                        throw PickleModule.Unpickling($"NEWOBJ class argument must be a type, not {Ops.TypeName(cls)}");
                    if (args is not PyTuple argTuple)
                        throw PickleModule.Unpickling($"NEWOBJ args argument must be a tuple, not {Ops.TypeName(args)}");
                    Push(Reduction.CallNew(cls, argTuple.Items, null));
                    break;
                }
            case Op.NewObjEx:
                {
                    var kwargs = Pop();
                    var args = Pop();
                    var cls = Pop();
                    if (cls is not PyType)
                        throw PickleModule.Unpickling($"NEWOBJ_EX class argument must be a type, not {Ops.TypeName(cls)}");
                    if (args is not PyTuple argTuple)
                        throw PickleModule.Unpickling($"NEWOBJ_EX args argument must be a tuple, not {Ops.TypeName(args)}");
                    if (kwargs is not PyDict kw)
                        throw PickleModule.Unpickling($"NEWOBJ_EX kwargs argument must be a dict, not {Ops.TypeName(kwargs)}");
                    Push(Reduction.CallNew(cls, argTuple.Items, kw));
                    break;
                }
            case Op.Inst:
                {
                    var module = Ascii(ReadArgLine());
                    var name = Ascii(ReadArgLine());
                    var args = PopToMark();
                    var cls = FindClass(module, name);
                    Push(Instantiate(cls, args));
                    break;
                }
            case Op.Obj:
                {
                    var args = PopToMark();
                    if (args.Length == 0)
                        throw Underflow();
                    Push(Instantiate(args[0], args[1..]));
                    break;
                }
            case Op.PersId:
                {
                    var line = ReadArgLine();
                    foreach (var b in line)
                    {
                        if (b > 0x7f)
                            throw PickleModule.Unpickling("persistent IDs in protocol 0 must be ASCII strings");
                    }
                    Push(PersistentLoad(new PyStr(Ascii(line))));
                    break;
                }
            case Op.BinPersId: Push(PersistentLoad(Pop())); break;
            case Op.NextBuffer:
                {
                    if (_buffers == null)
                        throw PickleModule.Unpickling("pickle stream refers to out-of-band data but no *buffers* argument was given");
                    Push(Ops.Next(_buffers) ?? throw PickleModule.Unpickling("not enough out-of-band buffers"));
                    break;
                }
            case Op.ReadOnlyBuffer:
                {
                    var top = Top();
                    switch (top)
                    {
                        case PyBytes:
                        case PyMemoryView { ReadOnly: true }:
                            break;
                        case PyByteArray ba:
                            _stack[^1] = new PyMemoryView(ba, 0, ba.AsSpan().Length, readOnly: true);
                            break;
                        case PyMemoryView mv:
                            _stack[^1] = new PyMemoryView(mv, 0, mv.Length, readOnly: true);
                            break;
                        case PyPickleBuffer pb:
                            var raw = Ops.Call(Ops.GetAttr(pb, "raw"));
                            _stack[^1] = raw is PyMemoryView { ReadOnly: false } rmv ? new PyMemoryView(rmv, 0, rmv.Length, readOnly: true) : raw;
                            break;
                        default:
                            throw Err.Type($"memoryview: a bytes-like object is required, not '{Ops.TypeName(top)}'");
                    }
                    break;
                }
            default:
                throw InvalidKey(op);
        }
    }

    private long Size8()
    {
        ulong n = BinaryPrimitives.ReadUInt64LittleEndian(Read(8));
        if (n > int.MaxValue)
            throw Truncated();
        return (long)n;
    }

    private static string Ascii(ReadOnlySpan<byte> b) => Encoding.Latin1.GetString(b);

    private static PyInt LongFromBytes(ReadOnlySpan<byte> b)
        => b.Length == 0 ? PyInt.Zero : PyInt.From(new BigInteger(b, isUnsigned: false, isBigEndian: false));

    private static PyObject ParseInt(string text)
    {
        try
        {
            return Ops.Call(BuiltinTypes.Int, new PyStr(text));
        }
        catch (PyException e) when (e.Value.Type == BuiltinTypes.ValueError)
        {
            throw Err.Value("could not convert string to int");
        }
    }

    private void LoadTextInt()
    {
        var line = Ascii(ReadArgLine());
        if (line == "00")
            Push(PyBool.False);
        else if (line == "01")
            Push(PyBool.True);
        else
            Push(ParseInt(line));
    }

    private static long ParseMemoIndex(ReadOnlySpan<byte> line)
    {
        var text = Ascii(line);
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out long v))
            throw Err.Value($"invalid literal for int() with base 10: {Ops.StrRepr(text + "\n")}");
        return v;
    }

    private void MemoGet(long idx)
    {
        if (!Memo.TryGetValue(idx, out var v))
            throw PickleModule.Unpickling($"Memo value not found at index {idx}");
        Push(v);
    }

    /// <summary>Protocol 0's STRING: a quoted Python 2 literal, decoded with the unpickler's encoding.</summary>
    private void LoadString()
    {
        var line = ReadArgLine();
        if (line.Length < 2 || line[0] != line[^1] || (line[0] != '\'' && line[0] != '"'))
            throw PickleModule.Unpickling("the STRING opcode argument must be quoted");
        Push(DecodeString(PickleText.DecodeStringEscape(line[1..^1])));
    }

    /// <summary>A Python 2 str: bytes with encoding "bytes", else text in the unpickler's encoding.</summary>
    private PyObject DecodeString(ReadOnlySpan<byte> data)
    {
        if (_encoding == "bytes")
            return new PyBytes(data.ToArray());
        return new PyStr(Codecs.Decode(data, _encoding, _errors));
    }

    /// <summary>BUILD: the state applied as pickle does (<see cref="Reduction.ApplyState"/>).</summary>
    private void LoadBuild()
    {
        var state = Pop();
        Reduction.ApplyState(Top(), state, static (message, _) => PickleModule.Unpickling(message));
    }

    /// <summary>INST and OBJ: a class with no arguments and no <c>__getinitargs__</c> is made without <c>__init__</c>.</summary>
    private static PyObject Instantiate(PyObject cls, PyObject[] args)
    {
        if (args.Length == 0 && cls is PyType && Ops.GetAttrOrNull(cls, "__getinitargs__") == null)
            return Ops.Call(Ops.GetAttr(cls, "__new__"), cls);
        return Ops.Call(cls, args, null);
    }

    private PyObject PersistentLoad(PyObject pid)
    {
        if (_persistentLoad == null)
            throw PickleModule.Unpickling("A load persistent id instruction was encountered, but no persistent_load function was specified.");
        return Ops.Call(_persistentLoad, pid);
    }

    private void LoadExtension(int code)
    {
        if (code <= 0)
            throw PickleModule.Unpickling("EXT specifies code <= 0");
        var copyreg = ThreadState.Current.Interp.Importer.Import("copyreg");
        var cache = Ops.GetAttr(copyreg, "_extension_cache");
        var key = PyInt.From(code);
        if (Ops.GetAttr(cache, "get") is var get && Ops.Call(get, key) is var cached && cached != PyNone.Instance)
        {
            Push(cached);
            return;
        }
        var inverted = Ops.GetAttr(copyreg, "_inverted_registry");
        var pair = Ops.Call(Ops.GetAttr(inverted, "get"), key);
        if (pair == PyNone.Instance)
            throw Err.Value($"unregistered extension code {code}");
        if (pair is not PyTuple { Count: 2 } t || t.Items[0] is not PyStr m || t.Items[1] is not PyStr n)
            throw Err.Value($"_inverted_registry[{code}] isn't a 2-tuple of strings");
        var obj = FindClass(m.Value, n.Value);
        Ops.SetItem(cache, key, obj);
        Push(obj);
    }

    /// <summary>Finds a global: an overriding <c>find_class</c>, else <see cref="DefaultFindClass"/>.</summary>
    private PyObject FindClass(string module, string name)
    {
        if (_findClass != null)
            return Ops.Call(_findClass, new PyStr(module), new PyStr(name));
        return DefaultFindClass(module, name);
    }

    /// <summary><c>Unpickler.find_class</c>: Python 2 names mapped (protocols 0-2 with fix_imports), the module imported,
    /// the name looked up (dotted from protocol 4).</summary>
    internal PyObject DefaultFindClass(string module, string name)
    {
        if (_proto < 3 && _fixImports)
        {
            if (CompatPickle.NameMapping.TryGetValue((module, name), out var mapped))
                (module, name) = mapped;
            else if (CompatPickle.ImportMapping.TryGetValue(module, out var m))
                module = m;
        }
        var mod = ThreadState.Current.Interp.Importer.Import(module);
        if (_proto >= 4)
        {
            var parts = name.Split('.');
            PyObject cur = mod;
            foreach (var part in parts)
            {
                if (part == "<locals>")
                    throw Err.New(BuiltinTypes.AttributeError, $"Can't get local attribute {Ops.StrRepr(name)} on {Ops.Repr(mod)}");
                cur = Ops.GetAttrOrNull(cur, part)
                    ?? throw Err.New(BuiltinTypes.AttributeError, $"Can't get attribute {Ops.StrRepr(name)} on {Ops.Repr(mod)}");
            }
            return cur;
        }
        return Ops.GetAttrOrNull(mod, name)
            ?? throw Err.New(BuiltinTypes.AttributeError, $"Can't get attribute {Ops.StrRepr(name)} on {Ops.Repr(mod)}");
    }
}
