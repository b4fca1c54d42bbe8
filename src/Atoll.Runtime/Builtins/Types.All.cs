using System.Runtime.CompilerServices;
using Atoll.Runtime.Builtins;

namespace Atoll.Runtime.Objects;

public static partial class BuiltinTypes
{
    private static void DefineAll()
    {
        DefineNumbers();
        DefineStr();
        DefineBytes();
        DefineList();
        DefineTuple();
        DefineDict();
        DefineSets();
        DefineRangeSlice();
        DefineFunctions();
        DefineIterators();
        DefineExceptions();
        DefineMemoryView();
    }
}
