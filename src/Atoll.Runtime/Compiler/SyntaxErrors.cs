using Atoll.Runtime.Objects;
using Atoll.Syntax;

namespace Atoll.Runtime.Compiler;

/// <summary>Turns the front end's errors into Python exceptions.</summary>
internal static class SyntaxErrors
{
    public static PyException ToPython(PythonSyntaxException e, bool withText = true)
    {
        var type = e.ErrorType switch
        {
            "IndentationError" => BuiltinTypes.IndentationError,
            "TabError" => BuiltinTypes.TabError,
            _ => BuiltinTypes.SyntaxError,
        };
        PyObject text = e.Text == null || !withText ? PyNone.Instance : new PyStr(e.Text);
        var details = PyTuple.Of(new PyStr(e.Filename), PyInt.From(e.Lineno), PyInt.From(e.Offset), text, PyInt.From(e.EndLineno), PyInt.From(e.EndOffset));
        var exc = new PyBaseException(type) { Args = PyTuple.Of(new PyStr(e.Message), details) };
        exc.SetField("msg", new PyStr(e.Message));
        exc.SetField("filename", new PyStr(e.Filename));
        exc.SetField("lineno", PyInt.From(e.Lineno));
        exc.SetField("offset", PyInt.From(e.Offset));
        exc.SetField("text", text);
        exc.SetField("end_lineno", PyInt.From(e.EndLineno));
        exc.SetField("end_offset", PyInt.From(e.EndOffset));
        exc.SetField("print_file_and_line", PyNone.Instance);
        return new PyException(exc);
    }

    public static PyException ToPython(PythonResourceException e)
    {
        var type = e.ErrorType == "RecursionError" ? BuiltinTypes.RecursionError : e.ErrorType == "SyntaxError" ? BuiltinTypes.SyntaxError : BuiltinTypes.MemoryError;
        return Err.New(type, e.Message);
    }
}
