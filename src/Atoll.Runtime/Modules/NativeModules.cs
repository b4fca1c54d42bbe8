using Atoll.Runtime.Objects;

namespace Atoll.Runtime;

/// <summary>Modules implemented by the runtime, created on first import in each interpreter.</summary>
internal static class NativeModules
{
    public static PyModule? Create(Interpreter interp, string name) => name switch
    {
        "__future__" => Future(),
        "_thread" => Modules.ThreadModule.Def.Create(),
        "time" => Modules.TimeModule.Def.Create(),
        "_weakref" => Modules.WeakRefModule.Def.Create(),
        "gc" => Modules.GcModule.Create(interp),
        "atexit" => Modules.AtexitModule.Def.Create(),
        "io" => Modules.Io.IoModule.Io.Create(),
        "_io" => Modules.Io.IoModule.PrivateIo.Create(),
        "os" => Modules.OsModule.Create(interp),
        "posixpath" => interp.Modules.TryGetStr("posixpath", out var pp) && pp is PyModule ppm ? ppm : Modules.OsModule.PathDef.Create(),
        "_interpreters" => Interpreters.InterpretersModule.Def.Create(),
        "_interpqueues" => Interpreters.InterpQueuesModule.Def.Create(),
        "_interpchannels" => Interpreters.ChannelsModule.Def.Create(),
        "_pickle" => Modules.Pickle.PickleModule.Def.Create(),
        "_codecs" => Modules.CodecsModule.Def.Create(),
        _ => null,
    };

    private static PyModule Future()
    {
        var m = new PyModule("__future__");
        string[] names = ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations"];
        int[] flags = [0x0010, 0, 0x20000, 0x40000, 0x80000, 0x100000, 0x200000, 0x400000, 0x800000, 0x1000000];
        var all = new PyList();
        for (int i = 0; i < names.Length; i++)
        {
            var feature = new PyNamespace();
            feature.Dict.SetStr("compiler_flag", PyInt.From(flags[i]));
            m.Dict.SetStr(names[i], feature);
            all.Append(new PyStr(names[i]));
        }
        m.Dict.SetStr("all_feature_names", all);
        m.Dict.SetStr("__all__", all);
        return m;
    }
}
