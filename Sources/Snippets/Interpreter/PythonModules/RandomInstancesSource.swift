extension ModuleSources {
  /// `random.Random(seed)`: an instance with CPython's methods over a generator of its own, seeded as
  /// `random.seed` seeds the module's (PythonRandom.swift); unseeded (seeded from the operating system in CPython),
  /// its draws are refused until it is seeded.
  static let randomInstances = #"""
    class Random:
        def __init__(self, x=None):
            self._handle = __docbuild_random_new__()
            __docbuild_random__(self._handle, '__init__', x)
        def seed(self, a=None, version=2):
            return __docbuild_random__(self._handle, 'seed', a)
        def random(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'random', *args, **kwargs)
        def getrandbits(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'getrandbits', *args, **kwargs)
        def randrange(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'randrange', *args, **kwargs)
        def randint(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'randint', *args, **kwargs)
        def choice(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'choice', *args, **kwargs)
        def shuffle(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'shuffle', *args, **kwargs)
        def sample(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'sample', *args, **kwargs)
        def choices(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'choices', *args, **kwargs)
        def uniform(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'uniform', *args, **kwargs)
        def gauss(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'gauss', *args, **kwargs)
        def normalvariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'normalvariate', *args, **kwargs)
        def expovariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'expovariate', *args, **kwargs)
        def triangular(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'triangular', *args, **kwargs)
        def gammavariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'gammavariate', *args, **kwargs)
        def betavariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'betavariate', *args, **kwargs)
        def lognormvariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'lognormvariate', *args, **kwargs)
        def paretovariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'paretovariate', *args, **kwargs)
        def weibullvariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'weibullvariate', *args, **kwargs)
        def vonmisesvariate(self, *args, **kwargs):
            return __docbuild_random__(self._handle, 'vonmisesvariate', *args, **kwargs)
    # The module CPython names the class by (`type(x)`, `<class '…'>`).
    Random.__module__ = 'random'
    """#
}
