namespace Atoll.Runtime.Interpreters;

/// <summary>
/// Marks a native object that crosses between interpreters by reference (DESIGN.md invariant 1, case c): queues,
/// channels, interpreter handles, locks. Only a <see cref="Objects.PyObject"/> may implement it, and only when every
/// operation on it is thread-safe and it never hands one interpreter's objects to another.
/// </summary>
internal interface IShareable
{
}
