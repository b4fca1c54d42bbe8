using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Atoll.Runtime.Objects;

namespace Atoll.Runtime.Interpreters;

internal static partial class CrossInterpreter
{
    /// <summary>
    /// Builds the receiver's objects from one snapshot. The memo maps each node to the object built for it, so a node
    /// reached twice gives the same object twice and cycles close.
    /// </summary>
    internal sealed class Unpacker(Interpreter interp, HashSet<object>? shared)
    {
        /// <summary>The receiving interpreter.</summary>
        internal readonly Interpreter Interp = interp;

        private readonly Dictionary<object, PyObject> _memo = new(ReferenceEqualityComparer.Instance);
        private int _depth;

        /// <summary>
        /// The receiver's module for things defined in the sender's module <paramref name="module"/>. For the sender's
        /// <c>__main__</c> run from a script, that is the same script run here once as <c>__mp_main__</c> (what
        /// multiprocessing does for the same reason): its imports and helper functions exist, its
        /// <c>if __name__ == "__main__":</c> block does not run. An interpreter running that script as its own
        /// <c>__main__</c> uses it (so things coming back from <c>__mp_main__</c> are the main program's own); a sender
        /// without a script gives the receiver's <c>__main__</c>.
        /// </summary>
        internal PyObject ModuleFor(string module, string? mainFile)
        {
            if (module is "__main__" or "__mp_main__" && mainFile != null)
            {
                var main = Interp.Main.Dict;
                bool same = main.TryGetStr("__file__", out var f) && f is PyStr fs && System.IO.File.Exists(fs.Value)
                    && System.IO.Path.GetFullPath(fs.Value) == mainFile;
                return same ? Interp.Main : Interp.Importer.LoadScriptAs("__mp_main__", mainFile);
            }
            return Interp.Importer.Import(module);
        }

        /// <summary>The object for a packed value.</summary>
        internal PyObject Unpack(object packed)
        {
            if (packed is PyObject value)
                return value;
            if (shared != null && _memo.TryGetValue(packed, out var built))
                return built;
            if (++_depth > ThreadState.NativeDepthLimit || !RuntimeHelpers.TryEnsureSufficientExecutionStack())
            {
                _depth--;
                throw TooDeep();
            }
            try
            {
                return packed is object[] items ? BuildList(items) : ((Snapshot)packed).Build(this);
            }
            catch (PyException e) when (ShouldWrap(e))
            {
                string what = packed is Snapshot s ? s.Describe() : "'list' object";
                throw NotShareable($"cannot rebuild {what} in this interpreter", e);
            }
            finally
            {
                _depth--;
            }
        }

        private PyList BuildList(object[] packed)
        {
            var items = new PyObject[packed.Length];
            var list = new PyList(items, packed.Length);
            Remember(packed, list);
            for (int i = 0; i < packed.Length; i++)
                ArrayStore.Set(items, i, Unpack(packed[i]));
            return list;
        }

        /// <summary>The objects for an array of packed values.</summary>
        internal PyObject[] UnpackItems(object[] packed)
        {
            var items = new PyObject[packed.Length];
            for (int i = 0; i < packed.Length; i++)
                ArrayStore.Set(items, i, Unpack(packed[i]));
            return items;
        }

        /// <summary>Records the object built for a node (as soon as it exists, so references back to it find it).</summary>
        internal void Remember(object node, PyObject value)
        {
            if (shared != null && shared.Contains(node))
                _memo[node] = value; // only nodes reached more than once are looked up again
        }

        /// <summary>The object already built for a node, if any.</summary>
        internal bool TryRecall(object node, out PyObject value)
        {
            if (shared == null)
            {
                value = null!;
                return false;
            }
            return _memo.TryGetValue(node, out value!);
        }

        /// <summary>Merges items into the object's <c>__dict__</c>, as pickle does (no <c>__setattr__</c>).</summary>
        internal static void UpdateDict(PyObject obj, PyDict items)
        {
            var dict = obj.Dict ?? throw Err.NoAttribute(obj, "__dict__");
            int pos = 0;
            while (items.Next(ref pos, out var k, out var v))
                dict.SetItem(k, v);
        }
    }
}
