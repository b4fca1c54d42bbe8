using System.Collections.Generic;

namespace Atoll.Runtime.Objects;

/// <summary>
/// The builtin types. They are created once per process, filled by the Define* methods (one partial file per type),
/// then frozen: from then on they are immutable, and every interpreter shares them.
/// </summary>
public static partial class BuiltinTypes
{
#pragma warning disable CS1591 // one type per field, named as in Python
    public static readonly PyType Object;
    public static readonly PyType TypeType;
    public static readonly PyType NoneType, NotImplementedType, EllipsisType;
    public static readonly PyType Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet, Range, Slice;
    public static readonly PyType Function, BuiltinFunction, MethodDescriptor, ClassMethodDescriptor, WrapperDescriptor, MethodWrapper, Method, Module, Cell, Code, Frame, Traceback;
    public static readonly PyType Property, ClassMethod, StaticMethod, GetSetDescriptor, MemberDescriptor, Super;
    public static readonly PyType Generator, Coroutine, AsyncGenerator, CoroutineWrapper, AsyncGenASend, AsyncGenAThrow;
    public static readonly PyType ListIterator, ListReverseIterator, TupleIterator, StrIterator, BytesIterator, DictKeyIterator, DictValueIterator, DictItemIterator, SetIterator;
    public static readonly PyType Iterator, CallableIterator, Enumerate, Zip, Map, Filter, Reversed, RangeIterator, LongRangeIterator;
    public static readonly PyType MemoryView;
    public static readonly PyType DictKeys, DictValues, DictItems, MappingProxy, GenericAlias, UnionType, NamespaceType, TypeAliasType, TypeVarType, ParamSpecType, TypeVarTupleType;

    public static readonly PyType BaseException, BaseExceptionGroup, GeneratorExit, KeyboardInterrupt, SystemExit, Exception;
    public static readonly PyType ArithmeticError, FloatingPointError, OverflowError, ZeroDivisionError, AssertionError, AttributeError;
    public static readonly PyType BufferError, EOFError, ExceptionGroup, ImportError, ModuleNotFoundError, LookupError, IndexError, KeyError;
    public static readonly PyType MemoryError, NameError, UnboundLocalError, OSError, ReferenceError, RuntimeError, NotImplementedError;
    public static readonly PyType PythonFinalizationError, RecursionError, StopAsyncIteration, StopIteration, SyntaxError, IndentationError, TabError;
    public static readonly PyType SystemError, TypeError, ValueError, UnicodeError, UnicodeDecodeError, UnicodeEncodeError, UnicodeTranslateError;
    public static readonly PyType Warning, BytesWarning, DeprecationWarning, EncodingWarning, FutureWarning, ImportWarning, PendingDeprecationWarning;
    public static readonly PyType ResourceWarning, RuntimeWarning, SyntaxWarning, UnicodeWarning, UserWarning;
    public static readonly PyType BlockingIOError, ChildProcessError, ConnectionError, BrokenPipeError, ConnectionAbortedError, ConnectionRefusedError;
    public static readonly PyType ConnectionResetError, FileExistsError, FileNotFoundError, InterruptedError, IsADirectoryError, NotADirectoryError;
    public static readonly PyType PermissionError, ProcessLookupError, TimeoutError;

    // The errors of the interpreters modules: shared like the builtin ones, so an exception type means the same in
    // every interpreter.
    public static readonly PyType InterpreterError, InterpreterNotFoundError, NotShareableError, QueueError, QueueNotFoundError;
    public static readonly PyType ChannelError, ChannelNotFoundError, ChannelClosedError, ChannelEmptyError, ChannelNotEmptyError;
#pragma warning restore CS1591

    internal static readonly PyBuiltinFunction ObjectStr, ObjectHash, ObjectInit, ObjectNew, TypeCall;

    internal static readonly PyType GenericType;

    internal static readonly PyBuiltinFunction ObjectGetAttribute, ObjectSetAttr, ObjectDelAttr, TypeGetAttribute, TypeSetAttr, TypeDelAttr;

    /// <summary>Every builtin exception type, in definition order (for the builtins module).</summary>
    internal static readonly PyType[] ExceptionTypes;

    /// <summary>The types the builtins module exposes by name.</summary>
    internal static readonly PyType[] Named;

    private static readonly List<PyType> All = [];

#pragma warning disable CA1810 // the types refer to each other: one explicit static constructor fixes the order
    static BuiltinTypes()
    {
        Object = new PyType("object", [], null, new PyDict(), builtin: true);
        TypeType = new PyType("type", [Object], null, new PyDict(), builtin: true);
        Object.SetMetatype(TypeType);
        TypeType.SetMetatype(TypeType);
        Object.Ready([Object]);
        TypeType.Ready([TypeType, Object]);
        All.Add(Object);
        All.Add(TypeType);

        NoneType = Make("NoneType", final: true);
        NotImplementedType = Make("NotImplementedType", final: true);
        EllipsisType = Make("ellipsis", final: true);
        Int = Make("int");
        Bool = Make("bool", Int, final: true);
        Float = Make("float");
        Complex = Make("complex");
        Str = Make("str");
        Bytes = Make("bytes");
        ByteArray = Make("bytearray");
        Tuple = Make("tuple");
        List = Make("list");
        Dict = Make("dict");
        Set = Make("set");
        FrozenSet = Make("frozenset");
        Range = Make("range", final: true);
        Slice = Make("slice", final: true);
        Function = Make("function", final: true);
        BuiltinFunction = Make("builtin_function_or_method", final: true);
        MethodDescriptor = Make("method_descriptor", final: true);
        ClassMethodDescriptor = Make("classmethod_descriptor", final: true);
        WrapperDescriptor = Make("wrapper_descriptor", final: true);
        MethodWrapper = Make("method-wrapper", final: true);
        Method = Make("method", final: true);
        Module = Make("module");
        Cell = Make("cell", final: true);
        Code = Make("code", final: true);
        Frame = Make("frame", final: true);
        Traceback = Make("traceback", final: true);
        Property = Make("property");
        ClassMethod = Make("classmethod");
        StaticMethod = Make("staticmethod");
        GetSetDescriptor = Make("getset_descriptor", final: true);
        MemberDescriptor = Make("member_descriptor", final: true);
        Super = Make("super");
        Generator = Make("generator", final: true);
        Coroutine = Make("coroutine", final: true);
        AsyncGenerator = Make("async_generator", final: true);
        CoroutineWrapper = Make("coroutine_wrapper", final: true);
        AsyncGenASend = Make("async_generator_asend", final: true);
        AsyncGenAThrow = Make("async_generator_athrow", final: true);
        Iterator = Make("iterator", final: true);
        ListIterator = Make("list_iterator", final: true);
        ListReverseIterator = Make("list_reverseiterator", final: true);
        TupleIterator = Make("tuple_iterator", final: true);
        StrIterator = Make("str_ascii_iterator", final: true);
        BytesIterator = Make("bytes_iterator", final: true);
        DictKeyIterator = Make("dict_keyiterator", final: true);
        DictValueIterator = Make("dict_valueiterator", final: true);
        DictItemIterator = Make("dict_itemiterator", final: true);
        SetIterator = Make("set_iterator", final: true);
        CallableIterator = Make("callable_iterator", final: true);
        Enumerate = Make("enumerate");
        Zip = Make("zip");
        Map = Make("map");
        Filter = Make("filter");
        Reversed = Make("reversed");
        RangeIterator = Make("range_iterator", final: true);
        LongRangeIterator = Make("longrange_iterator", final: true);
        MemoryView = Make("memoryview", final: true);
        DictKeys = Make("dict_keys", final: true);
        DictValues = Make("dict_values", final: true);
        DictItems = Make("dict_items", final: true);
        MappingProxy = Make("mappingproxy", final: true);
        GenericAlias = Make("types.GenericAlias");
        GenericAlias.Name = "GenericAlias";
        UnionType = Make("types.UnionType", final: true);
        UnionType.Name = "UnionType";
        NamespaceType = Make("types.SimpleNamespace");
        NamespaceType.Name = "SimpleNamespace";
        TypeAliasType = Make("TypeAliasType", final: true);
        TypeVarType = Make("TypeVar", final: true);
        ParamSpecType = Make("ParamSpec", final: true);
        TypeVarTupleType = Make("TypeVarTuple", final: true);

        BaseException = Make("BaseException");
        BaseExceptionGroup = Make("BaseExceptionGroup", BaseException);
        GeneratorExit = Make("GeneratorExit", BaseException);
        KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
        SystemExit = Make("SystemExit", BaseException);
        Exception = Make("Exception", BaseException);
        ArithmeticError = Make("ArithmeticError", Exception);
        FloatingPointError = Make("FloatingPointError", ArithmeticError);
        OverflowError = Make("OverflowError", ArithmeticError);
        ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
        AssertionError = Make("AssertionError", Exception);
        AttributeError = Make("AttributeError", Exception);
        BufferError = Make("BufferError", Exception);
        EOFError = Make("EOFError", Exception);
        ExceptionGroup = MakeMulti("ExceptionGroup", BaseExceptionGroup, Exception);
        ImportError = Make("ImportError", Exception);
        ModuleNotFoundError = Make("ModuleNotFoundError", ImportError);
        LookupError = Make("LookupError", Exception);
        IndexError = Make("IndexError", LookupError);
        KeyError = Make("KeyError", LookupError);
        MemoryError = Make("MemoryError", Exception);
        NameError = Make("NameError", Exception);
        UnboundLocalError = Make("UnboundLocalError", NameError);
        OSError = Make("OSError", Exception);
        BlockingIOError = Make("BlockingIOError", OSError);
        ChildProcessError = Make("ChildProcessError", OSError);
        ConnectionError = Make("ConnectionError", OSError);
        BrokenPipeError = Make("BrokenPipeError", ConnectionError);
        ConnectionAbortedError = Make("ConnectionAbortedError", ConnectionError);
        ConnectionRefusedError = Make("ConnectionRefusedError", ConnectionError);
        ConnectionResetError = Make("ConnectionResetError", ConnectionError);
        FileExistsError = Make("FileExistsError", OSError);
        FileNotFoundError = Make("FileNotFoundError", OSError);
        InterruptedError = Make("InterruptedError", OSError);
        IsADirectoryError = Make("IsADirectoryError", OSError);
        NotADirectoryError = Make("NotADirectoryError", OSError);
        PermissionError = Make("PermissionError", OSError);
        ProcessLookupError = Make("ProcessLookupError", OSError);
        TimeoutError = Make("TimeoutError", OSError);
        ReferenceError = Make("ReferenceError", Exception);
        RuntimeError = Make("RuntimeError", Exception);
        NotImplementedError = Make("NotImplementedError", RuntimeError);
        PythonFinalizationError = Make("PythonFinalizationError", RuntimeError);
        RecursionError = Make("RecursionError", RuntimeError);
        StopAsyncIteration = Make("StopAsyncIteration", Exception);
        StopIteration = Make("StopIteration", Exception);
        SyntaxError = Make("SyntaxError", Exception);
        IndentationError = Make("IndentationError", SyntaxError);
        TabError = Make("TabError", IndentationError);
        SystemError = Make("SystemError", Exception);
        TypeError = Make("TypeError", Exception);
        ValueError = Make("ValueError", Exception);
        UnicodeError = Make("UnicodeError", ValueError);
        UnicodeDecodeError = Make("UnicodeDecodeError", UnicodeError);
        UnicodeEncodeError = Make("UnicodeEncodeError", UnicodeError);
        UnicodeTranslateError = Make("UnicodeTranslateError", UnicodeError);
        Warning = Make("Warning", Exception);
        BytesWarning = Make("BytesWarning", Warning);
        DeprecationWarning = Make("DeprecationWarning", Warning);
        EncodingWarning = Make("EncodingWarning", Warning);
        FutureWarning = Make("FutureWarning", Warning);
        ImportWarning = Make("ImportWarning", Warning);
        PendingDeprecationWarning = Make("PendingDeprecationWarning", Warning);
        ResourceWarning = Make("ResourceWarning", Warning);
        RuntimeWarning = Make("RuntimeWarning", Warning);
        SyntaxWarning = Make("SyntaxWarning", Warning);
        UnicodeWarning = Make("UnicodeWarning", Warning);
        UserWarning = Make("UserWarning", Warning);

        GenericType = Make("Generic");
        var excs = new List<PyType>();
        foreach (var t in All)
        {
            if (t.IsSubtypeOf(BaseException))
                excs.Add(t);
        }
        ExceptionTypes = [.. excs];

        InterpreterError = Make("InterpreterError", Exception);
        InterpreterNotFoundError = Make("InterpreterNotFoundError", InterpreterError);
        NotShareableError = Make("NotShareableError", ValueError);
        QueueError = Make("QueueError", RuntimeError);
        QueueNotFoundError = Make("QueueNotFoundError", QueueError);
        ChannelError = Make("ChannelError", RuntimeError);
        ChannelNotFoundError = Make("ChannelNotFoundError", ChannelError);
        ChannelClosedError = Make("ChannelClosedError", ChannelError);
        ChannelEmptyError = Make("ChannelEmptyError", ChannelError);
        ChannelNotEmptyError = Make("ChannelNotEmptyError", ChannelError);

        ObjectGetAttribute = null!;
        ObjectSetAttr = null!;
        ObjectDelAttr = null!;
        TypeGetAttribute = null!;
        TypeSetAttr = null!;
        TypeDelAttr = null!;
        DefineObject(out ObjectGetAttribute, out ObjectSetAttr, out ObjectDelAttr);
        DefineType(out TypeGetAttribute, out TypeSetAttr, out TypeDelAttr);
        DefineAll();
        ObjectStr = (PyBuiltinFunction)Object.Dict.GetStr(PyStr.Intern("__str__"))!;
        ObjectHash = (PyBuiltinFunction)Object.Dict.GetStr(PyStr.Intern("__hash__"))!;
        ObjectInit = (PyBuiltinFunction)Object.Dict.GetStr(PyStr.Intern("__init__"))!;
        ObjectNew = (PyBuiltinFunction)Object.Dict.GetStr(PyStr.Intern("__new__"))!;
        TypeCall = (PyBuiltinFunction)TypeType.Dict.GetStr(PyStr.Intern("__call__"))!;

        foreach (var t in All)
        {
            if (!t.Dict.TryGetStr("__doc__", out _))
                t.Dict.SetStr("__doc__", PyNone.Instance);
            if (!t.Dict.TryGetStr("__module__", out _)) // function and method types have a __module__ of their instances
                t.Dict.SetStr("__module__", new PyStr(ModuleOf(t)));
        }
        // The builtin types whose instances accept weak references, as in CPython (user classes: ClassBuilder).
        foreach (var t in new[] { TypeType, Set, FrozenSet, Function, BuiltinFunction, Method, Module, Code, Generator, Coroutine, AsyncGenerator, MemoryView })
            t.WeakRefable = true;
        foreach (var t in All)
            t.Freeze();
        Named = [Object, TypeType, Int, Bool, Float, Complex, Str, Bytes, ByteArray, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
            Property, ClassMethod, StaticMethod, Super, Enumerate, Zip, Map, Filter, Reversed, MemoryView];
    }
#pragma warning restore CA1810

    private static string ModuleOf(PyType t) => t == InterpreterError || t == InterpreterNotFoundError || t == NotShareableError ? "concurrent.interpreters"
        : t == QueueError || t == QueueNotFoundError ? "concurrent.interpreters._queues"
        : t == ChannelError || t.Base == ChannelError ? "_interpchannels"
        : t == GenericAlias || t == UnionType || t == NamespaceType ? "types"
        : t == TypeAliasType || t == GenericType || t == TypeVarType || t == ParamSpecType || t == TypeVarTupleType ? "typing" : "builtins";

    private static PyType Make(string name, PyType? @base = null, bool final = false)
    {
        var t = NewSingleBase(name, @base ?? Object, final);
        All.Add(t);
        return t;
    }

    /// <summary>A builtin type with one base, its MRO computed (the base's, after it).</summary>
    private static PyType NewSingleBase(string name, PyType b, bool final)
    {
        var t = new PyType(name, [b], TypeType, new PyDict(), builtin: true) { IsBaseType = !final };
        var mro = new PyType[b.Mro.Length + 1];
        mro[0] = t;
        b.Mro.CopyTo(mro, 1);
        t.Ready(mro);
        return t;
    }

    /// <summary>A native type of a runtime module (<c>_thread.lock</c>...): shared by every interpreter like the builtin
    /// types. <paramref name="define"/> fills its namespace before it is frozen.</summary>
    internal static PyType NewNativeType(string name, string module, System.Action<PyType> define, PyType? @base = null, bool final = true, bool weakRefable = true)
    {
        var t = NewSingleBase(name, @base ?? Object, final);
        t.WeakRefable = weakRefable;
        define(t);
        if (!t.Dict.TryGetStr("__doc__", out _))
            t.Dict.SetStr("__doc__", PyNone.Instance);
        t.Dict.SetStr("__module__", new PyStr(module));
        if (module != "builtins")
            t.TpName = module + "." + name;
        t.Freeze();
        return t;
    }

    private static PyType MakeMulti(string name, PyType a, PyType b)
    {
        var t = new PyType(name, [a, b], TypeType, new PyDict(), builtin: true);
        t.Ready(Mro.Compute(t, [a, b]));
        All.Add(t);
        return t;
    }

    /// <summary>Defines a native method in a builtin type's namespace.</summary>
    internal static PyBuiltinFunction Def(PyType t, string name, Func1 f)
    {
        var m = PyBuiltinFunction.Create(name, new System.Func<PyObject, PyObject>(f), t);
        t.Dict.SetStr(name, m);
        return m;
    }

    /// <summary>Defines a native method taking one argument besides self.</summary>
    internal static PyBuiltinFunction Def(PyType t, string name, Func2 f)
    {
        var m = PyBuiltinFunction.Create(name, new System.Func<PyObject, PyObject, PyObject>(f), t);
        t.Dict.SetStr(name, m);
        return m;
    }

    /// <summary>Defines a native method taking two arguments besides self.</summary>
    internal static PyBuiltinFunction Def(PyType t, string name, Func3 f)
    {
        var m = PyBuiltinFunction.Create(name, new System.Func<PyObject, PyObject, PyObject, PyObject>(f), t);
        t.Dict.SetStr(name, m);
        return m;
    }

    /// <summary>Defines a native method with the general calling convention (self is args[0]).</summary>
    internal static PyBuiltinFunction DefN(PyType t, string name, NativeFunction f)
    {
        var m = PyBuiltinFunction.Create(name, f, t);
        t.Dict.SetStr(name, m);
        return m;
    }

    /// <summary>Defines <c>__get__(self, instance, owner=None)</c> with the argument checks every builtin descriptor
    /// shares; <paramref name="f"/> receives null for an absent or None owner and for a None instance.</summary>
    internal static void DefGet(PyType t, System.Func<PyObject, PyObject?, PyType?, PyObject> f)
    {
        DefN(t, "__get__", (args, kw) =>
        {
            if (kw is { Length: > 0 })
                throw Err.Type("__get__() takes no keyword arguments");
            if (args.Length < 2)
                throw Err.Type($" expected at least 1 argument, got {args.Length - 1}");
            if (args.Length > 3)
                throw Err.Type($" expected at most 2 arguments, got {args.Length - 1}");
            var obj = args[1] == PyNone.Instance ? null : args[1];
            var owner = args.Length > 2 && args[2] != PyNone.Instance ? args[2] : null;
            if (obj == null && owner == null)
                throw Err.Type("__get__(None, None) is invalid");
            if (owner != null && owner is not PyType)
                throw Err.Type($"__get__(..., type) argument 2 must be a type, not {Ops.TypeName(owner)}");
            return f(args[0], obj, (PyType?)owner);
        });
    }

    /// <summary>Defines a class method (first argument is the class).</summary>
    internal static void DefClass(PyType t, string name, NativeFunction f) => t.Dict.SetStr(name, PyBuiltinFunction.Create(name, f, t, classMethod: true));

    /// <summary>Defines a static native (<c>__new__</c> takes the class explicitly).</summary>
    internal static void DefStatic(PyType t, string name, NativeFunction f) => t.Dict.SetStr(name, PyBuiltinFunction.Create(name, f, t, isStatic: true));

    /// <summary>Defines a read-only (or writable) attribute computed by native code.</summary>
    internal static void Prop(PyType t, string name, System.Func<PyObject, PyObject> get, System.Action<PyObject, PyObject?>? set = null)
        => t.Dict.SetStr(name, new PyGetSetDescriptor(name, t, get, set));

    internal delegate PyObject Func1(PyObject self);

    internal delegate PyObject Func2(PyObject self, PyObject a);

    internal delegate PyObject Func3(PyObject self, PyObject a, PyObject b);
}
