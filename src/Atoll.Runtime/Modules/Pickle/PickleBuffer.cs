using System;
using Atoll.Runtime.Objects;
using static Atoll.Runtime.Objects.BuiltinTypes;

namespace Atoll.Runtime.Modules.Pickle;

/// <summary>
/// <c>pickle.PickleBuffer</c> (PEP 574): a wrapper that marks a bytes-like object for protocol 5's out-of-band buffers.
/// It holds the bytes, bytearray or memoryview it was made from; <c>raw()</c> gives a memoryview of it.
/// </summary>
internal sealed class PyPickleBuffer : PyObject
{
    public static readonly PyType TypeObject = NewNativeType("PickleBuffer", "pickle", Define);

    private readonly PyObject _target;
    private bool _released;

    private PyPickleBuffer(PyObject target) => _target = target;

    /// <inheritdoc/>
    public override PyType Type => TypeObject;

    internal bool ReadOnly => _target switch
    {
        PyBytes => true,
        PyMemoryView mv => mv.ReadOnly,
        _ => false,
    };

    internal ReadOnlySpan<byte> Data
    {
        get
        {
            CheckReleased();
            return _target switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.AsSpan(),
                _ => ((PyMemoryView)_target).Bytes,
            };
        }
    }

    private void CheckReleased()
    {
        if (_released)
            throw Err.Value("operation forbidden on released PickleBuffer object");
    }

    private static PyPickleBuffer Self(PyObject o) => (PyPickleBuffer)o;

    private static void Define(PyType t)
    {
        DefStatic(t, "__new__", (args, kw) =>
        {
            Builtins.Args.NoKeywords("PickleBuffer", kw);
            if (args.Length != 2)
                throw Err.Type($"PickleBuffer expected 1 argument, got {args.Length - 1}");
            var target = args[1];
            if (target is not (PyBytes or PyByteArray or PyMemoryView))
                throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(target)}'");
            return new PyPickleBuffer(target);
        });
        Def(t, "raw", self =>
        {
            var pb = Self(self);
            pb.CheckReleased();
            return pb._target switch
            {
                PyBytes b => new PyMemoryView(b, 0, b.Value.Length, readOnly: true),
                PyByteArray ba => new PyMemoryView(ba, 0, ba.AsSpan().Length, readOnly: false),
                var mv => mv,
            };
        });
        Def(t, "release", self =>
        {
            Self(self)._released = true;
            return PyNone.Instance;
        });
    }
}
