using System;
using System.IO;
using System.Text;
using Atoll.Runtime.Interpreters;
using Atoll.Runtime.Objects;
using Xunit;

namespace Atoll.Runtime.Tests.Interpreters;

/// <summary>
/// Sending values between interpreters (DESIGN.md invariant 1): shareables cross by reference, everything else is
/// copied with pickle's semantics into objects of the receiver. Each test packs in interpreter A, then unpacks in
/// interpreter B (never inside each other's Enter) and checks the result with Python code run in B.
/// </summary>
public sealed class CrossInterpreterTests : IDisposable
{
    private readonly string _shared;
    private readonly string _senderOnly;
    private readonly Interpreter _a;
    private readonly Interpreter _b;

    // Defined in both interpreters' __main__.
    private const string MainClasses = """
        class Point:
            def __init__(self, x, y):
                self.x = x
                self.y = y
            def __eq__(self, other):
                return type(other) is Point and (self.x, self.y) == (other.x, other.y)
            def __hash__(self):
                return hash((self.x, self.y))
            def norm(self):
                return self.x * self.x + self.y * self.y
        class MyInt(int):
            pass
        """;

    public CrossInterpreterTests()
    {
        _shared = Directory.CreateTempSubdirectory("atoll-xi-").FullName;
        _senderOnly = Directory.CreateTempSubdirectory("atoll-xi-a-").FullName;
        File.WriteAllText(Path.Combine(_shared, "shapes.py"), """
            COUNT = 0

            class Circle:
                def __init__(self, r):
                    self.r = r
                def area(self):
                    return 3 * self.r * self.r

            def bump(step=1):
                global COUNT
                COUNT += step
                return COUNT

            class Failure(Exception):
                def __init__(self, code, detail):
                    super().__init__(f"{code}: {detail}")
                    self.code = code
            """);
        File.WriteAllText(Path.Combine(_senderOnly, "private_mod.py"), "class Secret:\n    pass\n");
        _a = new Interpreter(TextWriter.Null, TextWriter.Null, path: [_shared, _senderOnly]);
        _b = new Interpreter(TextWriter.Null, TextWriter.Null, path: [_shared]);
        Run(_a, MainClasses);
        Run(_b, MainClasses);
    }

    public void Dispose()
    {
        Directory.Delete(_shared, recursive: true);
        Directory.Delete(_senderOnly, recursive: true);
    }

    private static void Run(Interpreter interp, string code) => interp.RunMain(Encoding.UTF8.GetBytes(code), "<test>", isFile: false);

    private static PyObject Global(Interpreter interp, string name)
        => interp.Main.Dict.TryGetStr(name, out var v) ? v : throw new InvalidOperationException(name + " is not defined");

    /// <summary>Runs <paramref name="setup"/> in A, then packs the value of <paramref name="expr"/> there.</summary>
    private (PyObject Original, object Packed) PackInA(string expr, string setup = "")
    {
        Run(_a, setup + "\nsent = " + expr);
        var original = Global(_a, "sent");
        return (original, _a.Enter(() => CrossInterpreter.Pack(original)));
    }

    /// <summary>Unpacks in B and stores the result as the global <paramref name="name"/> of B's __main__.</summary>
    private PyObject UnpackInB(object packed, string name = "got") => _b.Enter(() =>
    {
        var value = CrossInterpreter.Unpack(packed);
        _b.Main.Dict.SetStr(name, value);
        return value;
    });

    private PyObject Send(string expr, string setup = "") => UnpackInB(PackInA(expr, setup).Packed);

    private static string Message(PyException e) => e.Value.Args.Count > 0 && e.Value.Args.Items[0] is PyStr s ? s.Value : "";

    // ---- shareables ----

    [Theory]
    [InlineData("None")]
    [InlineData("True")]
    [InlineData("False")]
    [InlineData("42")]
    [InlineData("12345678")]
    [InlineData("-2 ** 200")]
    [InlineData("1.5")]
    [InlineData("1 + 2j")]
    [InlineData("'text'")]
    [InlineData("'long text ' * 10000")]
    [InlineData("b'bytes'")]
    [InlineData("()")]
    [InlineData("(1, 'a', (2.5, None, (b'x',)))")]
    [InlineData("frozenset({1, 2, 'x', (3, 4)})")]
    [InlineData("...")]
    [InlineData("NotImplemented")]
    [InlineData("int")]
    [InlineData("ValueError")]
    [InlineData("(lambda: 0).__code__")]
    public void Shareable_values_cross_by_reference(string expr)
    {
        var (original, packed) = PackInA(expr);
        Assert.True(_a.Enter(() => CrossInterpreter.IsShareable(original)));
        Assert.Same(original, packed);
        Assert.Same(original, UnpackInB(packed));
    }

    [Theory]
    [InlineData("(1, [2])")]
    [InlineData("(1, (2, (3, [4])))")]
    [InlineData("frozenset({(1, Point(1, 2))})")]
    [InlineData("MyInt(5)")]
    [InlineData("[]")]
    [InlineData("{}")]
    [InlineData("Point")]
    public void Values_with_a_mutable_or_non_builtin_part_are_not_shareable(string expr)
    {
        var (original, packed) = PackInA(expr);
        Assert.False(_a.Enter(() => CrossInterpreter.IsShareable(original)));
        Assert.NotSame(original, UnpackInB(packed));
    }

    [Fact]
    public void IShareable_objects_cross_by_reference()
    {
        var token = new Token();
        Assert.True(CrossInterpreter.IsShareable(token));
        var packed = _a.Enter(() => CrossInterpreter.Pack(PyTuple.Of(token, new PyList())));
        var got = (PyTuple)UnpackInB(packed);
        Assert.Same(token, got.Items[0]);
    }

    private sealed class Token : PyObject, IShareable
    {
        public override PyType Type => BuiltinTypes.Object;
    }

    // ---- copies of builtin containers ----

    [Theory]
    [InlineData("[1, 2, 3]")]
    [InlineData("[1, [2, 3], {'a': (4, [5])}, 'x' * 3]")]
    [InlineData("{'b': 1, 'a': 2, 3: [4], (5, 6): None}")]
    [InlineData("{1, 2, 3, 'x'}")]
    [InlineData("frozenset({Point(1, 2), 3})")]
    [InlineData("(1, [2], {3: 4})")]
    [InlineData("bytearray(b'abc')")]
    [InlineData("range(1, 10, 3)")]
    [InlineData("range(2 ** 70, 2 ** 71, 5)")]
    [InlineData("slice(1, [2], None)")]
    [InlineData("[Point(1, 2), MyInt(7), {'p': Point(3, 4)}]")]
    public void Copies_are_equal_and_of_the_same_type(string expr)
    {
        var (original, packed) = PackInA(expr);
        var got = UnpackInB(packed);
        Assert.NotSame(original, got);
        Run(_b, $"""
            expected = {expr}
            assert type(got) is type(expected), (type(got), type(expected))
            assert got == expected, (got, expected)
            """);
    }

    [Fact]
    public void Dict_copies_keep_insertion_order()
    {
        Send("{k: i for i, k in enumerate('zyxwvu')}");
        Run(_b, "assert list(got) == list('zyxwvu'), list(got)\nassert list(got.values()) == list(range(6))");
    }

    [Fact]
    public void Mutating_a_copy_changes_neither_the_original_nor_another_copy()
    {
        var (_, packed) = PackInA("{'items': [1, 2], 'set': {3}, 'buf': bytearray(b'ab'), 'p': Point(1, 2)}");
        UnpackInB(packed, "first");
        UnpackInB(packed, "second");
        Run(_b, """
            assert first is not second and first['items'] is not second['items']
            first['items'].append(3); first['set'].add(4); first['buf'][0] = 0x7a; first['p'].x = 100; first['new'] = 1
            assert second == {'items': [1, 2], 'set': {3}, 'buf': bytearray(b'ab'), 'p': Point(1, 2)}, second
            """);
        Run(_a, "assert sent == {'items': [1, 2], 'set': {3}, 'buf': bytearray(b'ab'), 'p': Point(1, 2)}, sent");
    }

    [Fact]
    public void A_list_of_ints_packs_into_one_array_of_the_same_objects()
    {
        var (original, packed) = PackInA("[1, 2 ** 100, -7, 'x', None, 2.5]");
        var items = Assert.IsType<PyObject[]>(packed);
        var list = (PyList)original;
        Assert.Equal(list.Count, items.Length);
        for (int i = 0; i < items.Length; i++)
            Assert.Same(list[i], items[i]);
        var got = (PyList)UnpackInB(packed);
        Assert.NotSame(list, got);
        Assert.Same(list[1], got[1]);
    }

    [Fact]
    public void A_flat_dict_packs_its_own_keys_and_values_and_unpacks_in_order()
    {
        var (original, packed) = PackInA("{'z': 2 ** 80, 'a': 'text', 3: None}");
        var snapshot = Assert.IsType<DictSnapshot>(packed);
        Assert.True(snapshot.LeavesOnly);
        Assert.Same(((PyDict)original).GetItem(new PyStr("z")), snapshot.Items[1]);
        var got = UnpackInB(packed);
        Assert.NotSame(original, got);
        Run(_b, "assert list(got.items()) == [('z', 2 ** 80), ('a', 'text'), (3, None)], got");
    }

    [Fact]
    public void Shared_references_stay_shared()
    {
        Send("[a, a, {'again': a}, (a,)]", "a = [1]");
        Run(_b, "assert got[0] is got[1] is got[2]['again'] is got[3][0]\ngot[0].append(2)\nassert got[1] == [1, 2]");
    }

    [Fact]
    public void Cycles_are_preserved()
    {
        Send("[l, d, t, p]", """
            l = [1]
            l.append(l)
            d = {}
            d['self'] = d
            t = ([],)
            t[0].append(t)
            p = Point(1, 2)
            p.me = p
            """);
        Run(_b, """
            l, d, t, p = got
            assert l[1] is l and l[0] == 1
            assert d['self'] is d
            assert type(t) is tuple and t[0][0] is t
            assert p.me is p and p.x == 1
            """);
    }

    [Fact]
    public void Unpacking_twice_gives_independent_objects_each_with_its_own_sharing()
    {
        var (_, packed) = PackInA("[a, a]", "a = {'k': []}");
        UnpackInB(packed, "one");
        UnpackInB(packed, "two");
        Run(_b, "assert one[0] is one[1] and two[0] is two[1] and one[0] is not two[0] and one[0]['k'] is not two[0]['k']");
    }

    [Fact]
    public void One_snapshot_can_be_unpacked_by_several_interpreters_at_once()
    {
        var (_, packed) = PackInA("[{'k': [i, Point(i, i)]} for i in range(200)]");
        const int Threads = 4;
        var receivers = new Interpreter[Threads];
        for (int i = 0; i < Threads; i++)
        {
            receivers[i] = new Interpreter(TextWriter.Null, TextWriter.Null, path: [_shared]);
            Run(receivers[i], MainClasses);
        }
        using var start = new System.Threading.Barrier(Threads);
        var errors = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var threads = new System.Threading.Thread[Threads];
        for (int i = 0; i < Threads; i++)
        {
            var receiver = receivers[i];
            threads[i] = new System.Threading.Thread(() =>
            {
                try
                {
                    start.SignalAndWait();
                    for (int round = 0; round < 50; round++)
                        receiver.Main.Dict.SetStr("got", receiver.Enter(() => CrossInterpreter.Unpack(packed)));
                    Run(receiver, "assert got == [{'k': [i, Point(i, i)]} for i in range(200)]");
                }
                catch (Exception e)
                {
                    errors.Enqueue(e);
                }
            }, 16 * 1024 * 1024);
            threads[i].Start();
        }
        foreach (var t in threads)
            t.Join();
        Assert.Empty(errors);
    }

    // ---- instances of Python classes ----

    [Fact]
    public void Instances_of_a_module_class_get_the_receivers_class()
    {
        var (original, packed) = PackInA("shapes.Circle(2)", "import shapes");
        var got = UnpackInB(packed);
        Assert.NotSame(original.Type, got.Type);
        Run(_b, "import sys, shapes\nassert type(got) is shapes.Circle and got.r == 2 and got.area() == 12");
    }

    [Fact]
    public void Instances_of_a_main_class_get_the_receivers_main_class()
    {
        var (original, packed) = PackInA("Point(3, 4)");
        var got = UnpackInB(packed);
        Assert.NotSame(original.Type, got.Type);
        Assert.Same(Global(_b, "Point"), got.Type);
        Run(_b, "assert got == Point(3, 4) and got.norm() == 25");
    }

    [Fact]
    public void Classes_cross_by_name()
    {
        var (_, packed) = PackInA("[Point, shapes.Circle, MyInt]", "import shapes");
        UnpackInB(packed);
        Run(_b, "import shapes\nassert got == [Point, shapes.Circle, MyInt] and got[0] is Point and got[1] is shapes.Circle");
    }

    [Fact]
    public void Reduce_is_called_and_its_result_rebuilds_the_object()
    {
        const string Cls = """
            calls = []
            class R:
                def __init__(self, a, b):
                    calls.append((a, b))
                    self.a, self.b = a, b
                    self.cache = 'not copied'
                def __reduce__(self):
                    return (R, (self.a, self.b + 1))
            """;
        Run(_b, Cls);
        Send("R(1, 2)", Cls);
        Run(_b, "assert type(got) is R and (got.a, got.b) == (1, 3) and calls == [(1, 3)], (vars(got), calls)");
    }

    [Fact]
    public void Reduce_ex_gets_protocol_4_and_wins_over_reduce()
    {
        const string Cls = """
            class X:
                def __reduce_ex__(self, protocol):
                    return (X.make, (protocol,))
                def __reduce__(self):
                    raise AssertionError('__reduce__ called')
                @classmethod
                def make(cls, protocol):
                    x = cls.__new__(cls)
                    x.protocol = protocol
                    return x
            """;
        Run(_b, Cls);
        Send("X()", Cls);
        Run(_b, "assert type(got) is X and got.protocol == 4");
    }

    [Fact]
    public void Reduce_with_state_list_items_dict_items_and_a_string()
    {
        const string Cls = """
            class Bag:
                def __init__(self):
                    self.items = []
                    self.map = {}
                def append(self, x):
                    self.items.append(x)
                def __setitem__(self, k, v):
                    self.map[k] = v
                def __reduce__(self):
                    return (Bag, (), {'state': 1}, iter(self.items), iter(self.map.items()))
                def __setstate__(self, state):
                    self.restored = state
            class Named:
                def __reduce__(self):
                    return 'SINGLETON'
            SINGLETON = Named()
            """;
        Run(_b, Cls);
        Send("(b, SINGLETON)", Cls + "\nb = Bag()\nb.append(1)\nb.append([2])\nb['k'] = 'v'");
        Run(_b, """
            b, s = got
            assert type(b) is Bag and b.items == [1, [2]] and b.map == {'k': 'v'} and b.restored == {'state': 1}, vars(b)
            assert s is SINGLETON
            """);
    }

    [Fact]
    public void Getstate_and_setstate_are_honoured()
    {
        const string Cls = """
            class S:
                def __init__(self):
                    self.keep = [1]
                    self.cache = 'dropped'
                def __getstate__(self):
                    return {'keep': self.keep}
                def __setstate__(self, state):
                    self.__dict__.update(state)
                    self.cache = 'rebuilt'
            """;
        Run(_b, Cls);
        Send("S()", Cls);
        Run(_b, "assert type(got) is S and got.keep == [1] and got.cache == 'rebuilt', vars(got)");
    }

    [Fact]
    public void Slots_are_copied_and_unset_slots_stay_unset()
    {
        const string Cls = """
            class Base:
                __slots__ = ('a',)
            class Slotted(Base):
                __slots__ = ('b', 'c', '__dict__')
            """;
        Run(_b, Cls);
        Send("s", Cls + "\ns = Slotted()\ns.a = 1\ns.b = [2]\ns.extra = 3");
        Run(_b, """
            assert type(got) is Slotted and got.a == 1 and got.b == [2] and got.extra == 3
            assert not hasattr(got, 'c')
            """);
    }

    [Fact]
    public void Getnewargs_and_getnewargs_ex_feed_new()
    {
        const string Cls = """
            class NeedsArgs:
                def __new__(cls, size):
                    self = object.__new__(cls)
                    self.size = size
                    return self
                def __getnewargs__(self):
                    return (self.size,)
            class NeedsKw:
                def __new__(cls, *, name):
                    self = object.__new__(cls)
                    self.name = name
                    return self
                def __getnewargs_ex__(self):
                    return ((), {'name': self.name})
            """;
        Run(_b, Cls + "\nclass F(float): pass\nclass T(tuple): pass");
        Send("(NeedsArgs(3), NeedsKw(name='n'), MyInt(9), F(1.5), T((1, [2])))", Cls + "\nclass F(float): pass\nclass T(tuple): pass");
        Run(_b, """
            a, k, i, f, t = got
            assert type(a) is NeedsArgs and a.size == 3
            assert type(k) is NeedsKw and k.name == 'n'
            assert type(i) is MyInt and i == 9
            assert type(f) is F and f == 1.5
            assert type(t) is T and t == (1, [2])
            """);
    }

    [Fact]
    public void List_and_dict_subclasses_keep_items_and_attributes()
    {
        const string Cls = "class L(list): pass\nclass D(dict): pass";
        Run(_b, Cls);
        Send("(l, d)", Cls + "\nl = L([1, 2])\nl.tag = 'l'\nd = D(a=1)\nd.tag = 'd'");
        Run(_b, """
            l, d = got
            assert type(l) is L and l == [1, 2] and l.tag == 'l'
            assert type(d) is D and d == {'a': 1} and d.tag == 'd'
            """);
    }

    // ---- exceptions ----

    [Fact]
    public void Builtin_exceptions_keep_type_args_attributes_and_notes()
    {
        Send("e", "e = ValueError('bad', 1)\ne.add_note('note')\ne.extra = [2]");
        Run(_b, """
            assert type(got) is ValueError and got.args == ('bad', 1)
            assert got.__notes__ == ['note'] and got.extra == [2]
            assert got.__traceback__ is None
            """);
    }

    [Fact]
    public void Exception_fields_are_copied()
    {
        Send("[ImportError('x', name='mod', path='p'), StopIteration(5)]");
        Run(_b, "i, s = got\nassert i.name == 'mod' and i.path == 'p' and i.msg == 'x'\nassert s.value == 5");
    }

    [Fact]
    public void Exceptions_of_a_module_class_need_not_accept_their_args_in_init()
    {
        Send("e", "import shapes\ntry:\n    raise shapes.Failure(7, 'broken')\nexcept shapes.Failure as x:\n    e = x");
        Run(_b, """
            import shapes
            assert type(got) is shapes.Failure and got.args == ('7: broken',) and got.code == 7
            assert str(got) == '7: broken'
            """);
    }

    [Fact]
    public void Exceptions_with_their_own_reduce_use_it_and_setstate_sets_attributes()
    {
        const string Cls = """
            class Coded(Exception):
                def __reduce__(self):
                    return (Coded, ('rebuilt',), {'code': self.code})
            """;
        Run(_b, Cls);
        Send("e", Cls + "\ne = Coded('original')\ne.code = 42");
        Run(_b, "assert type(got) is Coded and got.args == ('rebuilt',) and got.code == 42, (got.args, vars(got))");
    }

    // ---- functions and methods ----

    [Fact]
    public void Main_functions_run_with_the_receivers_globals()
    {
        Run(_b, "WHO = 'receiver'");
        Send("greet", "WHO = 'sender'\ndef greet(prefix='hello', *, end='!'):\n    return prefix + ' ' + WHO + end");
        Run(_b, """
            assert got() == 'hello receiver!', got()
            assert got('hi', end='.') == 'hi receiver.'
            assert got.__name__ == 'greet' and got.__globals__ is globals()
            """);
    }

    [Fact]
    public void Module_functions_use_the_receivers_module()
    {
        Send("shapes.bump", "import shapes\nshapes.bump(10)");
        Run(_b, "import shapes\nassert got.__globals__ is shapes.__dict__\nassert got() == 1 and got(5) == 6 and shapes.COUNT == 6");
        Run(_a, "assert shapes.COUNT == 10");
    }

    [Fact]
    public void Closures_defaults_and_attributes_are_copied()
    {
        Send("(add5, fact, with_default, lam)", """
            def make_adder(n):
                def add(x):
                    return x + n
                return add
            add5 = make_adder(5)
            def outer():
                def fact(k):
                    return 1 if k <= 1 else k * fact(k - 1)
                return fact
            fact = outer()
            def with_default(x, acc=[]):
                acc.append(x)
                return acc
            with_default.tag = 'attr'
            lam = lambda y: y * 2
            """);
        Run(_b, """
            add5, fact, with_default, lam = got
            assert add5(1) == 6 and add5.__closure__[0].cell_contents == 5
            assert fact(5) == 120
            assert with_default(1) == [1] and with_default(2) == [1, 2] and with_default.tag == 'attr'
            assert lam(4) == 8
            """);
        Run(_a, "assert with_default.__defaults__ == ([],)");
    }

    [Fact]
    public void Bound_methods_cross_with_a_copy_of_their_instance()
    {
        var (original, packed) = PackInA("(p.norm, c.area)", "import shapes\np = Point(3, 4)\nc = shapes.Circle(1)");
        UnpackInB(packed);
        Run(_b, "norm, area = got\nassert norm() == 25 and type(norm.__self__) is Point and area() == 3");
        var senderSelf = ((PyMethod)((PyTuple)original).Items[0]).Self;
        Assert.NotSame(senderSelf, ((PyMethod)((PyTuple)Global(_b, "got")).Items[0]).Self);
    }

    [Fact]
    public void Builtin_functions_and_methods_cross_by_name()
    {
        Send("(len, l.append, str.upper, dict.fromkeys)", "l = [1]");
        Run(_b, """
            f, append, upper, fromkeys = got
            assert f is len
            append(2)
            assert append.__self__ == [1, 2]
            assert upper('a') == 'A' and fromkeys('ab') == {'a': None, 'b': None}
            """);
        Run(_a, "assert l == [1]");
    }

    // ---- what cannot cross ----

    [Theory]
    [InlineData("(x for x in [])", "cannot share 'generator' object")]
    [InlineData("sys", "cannot share 'module' object")]
    [InlineData("[1, sys]", "cannot share 'module' object")]
    [InlineData("{}.keys()", "cannot share 'dict_keys' object")]
    [InlineData("iter([1])", "cannot share 'list_iterator' object")]
    public void Things_that_cannot_be_copied_raise_NotShareableError_naming_the_type(string expr, string message)
    {
        var e = Assert.Throws<PyException>(() => PackInA(expr, "import sys"));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Equal(message, Message(e));
    }

    [Fact]
    public void Local_classes_cannot_be_found_by_name()
    {
        var e = Assert.Throws<PyException>(() => PackInA("f()", "def f():\n    class Local: pass\n    return Local()"));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Contains("f.<locals>.Local", Message(e), StringComparison.Ordinal);
    }

    [Fact]
    public void A_class_must_be_found_by_its_name_in_the_sender()
    {
        var e = Assert.Throws<PyException>(() => PackInA("old", "class Redefined: pass\nold = Redefined()\nclass Redefined: pass"));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Equal("cannot share class '__main__.Redefined': it is not the same object as __main__.Redefined", Message(e));
    }

    [Fact]
    public void Functions_without_a_module_cannot_be_shared()
    {
        var e = Assert.Throws<PyException>(() => PackInA("ns['g']", "ns = {}\nexec('def g(): pass', ns)"));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Equal("cannot share function 'g': it was not defined in a module", Message(e));
    }

    [Fact]
    public void Errors_raised_by_reduce_become_NotShareableError_with_the_cause()
    {
        var e = Assert.Throws<PyException>(() => PackInA("Bad()", "class Bad:\n    def __reduce__(self):\n        raise KeyError('nope')"));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Equal("cannot share 'Bad' object", Message(e));
        Assert.Same(BuiltinTypes.KeyError, e.Value.Cause?.Type);
    }

    [Fact]
    public void A_module_missing_in_the_receiver_raises_NotShareableError_there()
    {
        var (_, packed) = PackInA("[private_mod.Secret()]", "import private_mod");
        var e = Assert.Throws<PyException>(() => UnpackInB(packed));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Equal("cannot rebuild 'private_mod.Secret' in this interpreter", Message(e));
        Assert.Same(BuiltinTypes.ModuleNotFoundError, e.Value.Cause?.Type);
    }

    [Fact]
    public void A_class_missing_in_the_receivers_main_raises_NotShareableError_there()
    {
        var (_, packed) = PackInA("OnlyInA()", "class OnlyInA: pass");
        var e = Assert.Throws<PyException>(() => UnpackInB(packed));
        Assert.Same(BuiltinTypes.NotShareableError, e.Value.Type);
        Assert.Same(BuiltinTypes.AttributeError, e.Value.Cause?.Type);
    }

    [Fact]
    public void Very_deep_nesting_raises_RecursionError_not_a_crash()
    {
        var e = Assert.Throws<PyException>(() => PackInA("l", "l = []\nfor i in range(100000):\n    l = [l]"));
        Assert.Same(BuiltinTypes.RecursionError, e.Value.Type);
    }
}
