using System.Collections.Generic;
using System.Text;

namespace Atoll.Runtime.Objects;

/// <summary>The C3 linearization (<c>__mro__</c>): docs.python.org/3/howto/mro.html.</summary>
internal static class Mro
{
    public static PyType[] Compute(PyType type, PyType[] bases)
    {
        if (bases.Length == 1)
        {
            var single = new PyType[bases[0].Mro.Length + 1];
            single[0] = type;
            bases[0].Mro.CopyTo(single, 1);
            return single;
        }
        var seqs = new List<List<PyType>>();
        foreach (var b in bases)
            seqs.Add([.. b.Mro]);
        seqs.Add([.. bases]);
        var result = new List<PyType> { type };
        while (true)
        {
            seqs.RemoveAll(s => s.Count == 0);
            if (seqs.Count == 0)
                return [.. result];
            PyType? candidate = null;
            foreach (var s in seqs)
            {
                var head = s[0];
                bool inTail = false;
                foreach (var other in seqs)
                {
                    if (other.IndexOf(head) > 0)
                    {
                        inTail = true;
                        break;
                    }
                }
                if (!inTail)
                {
                    candidate = head;
                    break;
                }
            }
            if (candidate == null)
            {
                // CPython lists the heads of the remaining sequences, each once, in order.
                var sb = new StringBuilder("Cannot create a consistent method resolution order (MRO) for bases ");
                var seen = new HashSet<PyType>();
                bool first = true;
                foreach (var s in seqs)
                {
                    if (!seen.Add(s[0]))
                        continue;
                    if (!first)
                        sb.Append(", ");
                    sb.Append(s[0].Name);
                    first = false;
                }
                throw Err.Type(sb.ToString());
            }
            result.Add(candidate);
            foreach (var s in seqs)
            {
                if (s.Count > 0 && s[0] == candidate)
                    s.RemoveAt(0);
            }
        }
    }
}
