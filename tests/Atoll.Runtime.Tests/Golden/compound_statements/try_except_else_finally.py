# try/except/else/finally: which clauses run, in what order.
def run(raise_what):
    try:
        print("  try")
        if raise_what:
            raise raise_what
    except ValueError as e:
        print("  except ValueError:", repr(e))
    except (TypeError, KeyError) as e:
        print("  except TypeError/KeyError:", type(e).__name__)
    else:
        print("  else (no exception)")
    finally:
        print("  finally")
for what in (None, ValueError("v"), KeyError("k"), TypeError):
    print("case", what)
    run(what)
print("case IndexError (unhandled)")
try:
    run(IndexError("i"))
except IndexError:
    print("  propagated to caller after finally")
try:
    pass
except:
    print("never")
else:
    print("bare except not needed; else ran")
try:
    raise SystemExit(3)
except:
    print("bare except catches everything, even SystemExit")
def else_exception():
    try:
        pass
    except ValueError:
        print("not for exceptions from else")
    else:
        raise ValueError("raised in else")
try:
    else_exception()
except ValueError as e:
    print("from else clause:", e)
def handler_raises():
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
    finally:
        print("finally still runs")
try:
    handler_raises()
except ValueError as e:
    print(repr(e), "context:", repr(e.__context__))
try:
    try:
        raise ValueError
    except ValueError:
        print("first matching handler only")
    except Exception:
        print("not this one")
except Exception:
    pass
