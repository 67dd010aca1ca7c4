extension ModuleSources {
  /// `contextlib`, after CPython 3.11's Lib/contextlib.py: `contextmanager` (a generator run to its `yield` by
  /// `__enter__`, resumed by `__exit__`, which throws the `with` body's exception in at the `yield`; usable as a
  /// decorator too), `nullcontext`, `suppress` and `closing`. The rest (`ExitStack`, `redirect_stdout`, the
  /// asynchronous ones) is refused by name. The classes carry no docstrings: CPython's `__doc__` texts are its own, so
  /// reading one is refused (`__doc__` below).
  static let contextlib = #"""
    from functools import wraps as _wraps


    class _GeneratorContextManager:
        def __init__(self, func, args, kwds):
            self.gen = func(*args, **kwds)
            self.func, self.args, self.kwds = func, args, kwds

        def _recreate_cm(self):
            return self.__class__(self.func, self.args, self.kwds)

        def __call__(self, func):
            @_wraps(func)
            def inner(*args, **kwds):
                with self._recreate_cm():
                    return func(*args, **kwds)
            return inner

        def __enter__(self):
            del self.args, self.kwds, self.func
            try:
                return next(self.gen)
            except StopIteration:
                raise RuntimeError("generator didn't yield") from None

        def __exit__(self, typ, value, traceback):
            if typ is None:
                try:
                    next(self.gen)
                except StopIteration:
                    return False
                else:
                    raise RuntimeError("generator didn't stop")
            try:
                self.gen.throw(typ, value, traceback)
            except StopIteration:
                # The generator caught the exception and finished: the `with` statement swallows it. (The
                # exception itself leaving the generator comes out of `throw` as it went in, so it is not swallowed.)
                return True
            except RuntimeError as exc:
                # PEP 479 turned the StopIteration thrown in into a RuntimeError: CPython re-raises the original.
                if isinstance(value, StopIteration) and str(exc) == 'generator raised StopIteration':
                    return False
                raise
            raise RuntimeError("generator didn't stop after throw()")

    _GeneratorContextManager.__module__ = 'contextlib'


    def contextmanager(func):
        @_wraps(func)
        def helper(*args, **kwds):
            return _GeneratorContextManager(func, args, kwds)
        return helper


    class nullcontext:
        def __init__(self, enter_result=None):
            self.enter_result = enter_result

        def __enter__(self):
            return self.enter_result

        def __exit__(self, *excinfo):
            pass

    nullcontext.__module__ = 'contextlib'


    class suppress:
        def __init__(self, *exceptions):
            self._exceptions = exceptions

        def __enter__(self):
            pass

        def __exit__(self, exctype, excinst, exctb):
            return exctype is not None and issubclass(exctype, self._exceptions)

    suppress.__module__ = 'contextlib'


    class closing:
        def __init__(self, thing):
            self.thing = thing

        def __enter__(self):
            return self.thing

        def __exit__(self, *exc_info):
            self.thing.close()

    closing.__module__ = 'contextlib'
    """#
}
