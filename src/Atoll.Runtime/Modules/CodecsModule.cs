using System;
using Atoll.Runtime.Builtins;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Modules;

/// <summary>A small <c>_codecs</c>: <c>encode</c> and <c>decode</c> for the codecs str and bytes know. Pickles of bytes
/// made with protocols 0-2 call <c>_codecs.encode(text, 'latin1')</c>.</summary>
internal static class CodecsModule
{
    public static readonly NativeModuleDef Def = new("_codecs", m =>
    {
        m.Fn("encode", (args, kw) =>
        {
            var a = Args.Bind("encode", args, kw, ["obj", "encoding", "errors"], 1);
            var s = a[0] as PyStr ?? throw Err.Type($"utf_8_encode() argument 1 must be str, not {Ops.TypeName(a[0]!)}");
            return new PyBytes(Codecs.Encode(s.Value, Text(a[1], "utf-8", "encode", 2), Text(a[2], "strict", "encode", 3)));
        });
        m.Fn("decode", (args, kw) =>
        {
            var a = Args.Bind("decode", args, kw, ["obj", "encoding", "errors"], 1);
            ReadOnlySpan<byte> data = a[0] switch
            {
                PyBytes b => b.Value,
                PyByteArray ba => ba.AsSpan(),
                PyMemoryView mv => mv.Bytes,
                var o => throw Err.Type($"a bytes-like object is required, not '{Ops.TypeName(o!)}'"),
            };
            return new PyStr(Codecs.Decode(data, Text(a[1], "utf-8", "decode", 2), Text(a[2], "strict", "decode", 3)));
        });
    });

    private static string Text(PyObject? o, string dflt, string fname, int pos)
        => o == null ? dflt : (o as PyStr ?? throw Err.Type($"{fname}() argument {pos} must be str, not {Ops.TypeName(o)}")).Value;
}
