extension ModuleSources {
  /// The `np.random` members `numpyRandomSeeds` answers.
  static let numpyRandomSeedsNames: Set<String> = ["SeedSequence", "PCG64"]

  /// NumPy's `np.random.SeedSequence` and `np.random.PCG64` written in the snippet language as
  /// numpy/random/bit_generator.pyx writes them (the entropy's words, the pool's hash, `generate_state`, `spawn` and
  /// their errors), for the spellings `Generator(PCG64(seed))`, `default_rng(SeedSequence(seed))` and
  /// `PCG64(seed).spawn(n)`. Draws run on the interpreter's own generators: `Generator(bit_generator)` hands the
  /// sequence's entropy words and spawn key to `__docbuild_pcg64__`, which seeds one as NumPy does. Left out, by
  /// name: a sequence or bit generator without a seed (its numbers would change every build), a second `Generator`
  /// over one bit generator (they share its stream in NumPy), and a bit generator's own draws and a state set. A
  /// Generator's `bit_generator` is such an object (`RandomBitGenerators.swift`), whose `state` reads the generator's.
  static let numpyRandomSeeds = #"""
    import numpy as np

    _MASK32 = 0xFFFFFFFF

    def _int_to_uint32_array(n):
        if n < 0:
            raise ValueError("expected non-negative integer")
        n = int(n)
        if n == 0:
            return [0]
        words = []
        while n > 0:
            words.append(n & _MASK32)
            n //= 2 ** 32
        return words

    def _coerce_to_uint32_array(x):
        if isinstance(x, np.ndarray) and x.dtype == np.dtype(np.uint32):
            return [int(v) for v in x.ravel()]
        if isinstance(x, str):
            __docbuild_refuse__('a string seed of np.random.SeedSequence is not supported in snippets')
        if isinstance(x, bool) or isinstance(x, np.bool_):
            return _int_to_uint32_array(int(x))
        if isinstance(x, (int, np.integer)):
            return _int_to_uint32_array(x)
        if isinstance(x, (float, np.inexact)):
            raise TypeError('seed must be integer')
        # NumPy 2.4 takes nested sequences word by word too.
        words = []
        for v in x:
            words.extend(_coerce_to_uint32_array(v))
        return words

    def _hashmix(value, hash_const):
        value = (value ^ hash_const[0]) & _MASK32
        hash_const[0] = (hash_const[0] * 0x931e8875) & _MASK32
        value = (value * hash_const[0]) & _MASK32
        return value ^ (value >> 16)

    def _mix(x, y):
        result = (0xca01f9dd * x - 0x4973f715 * y) & _MASK32
        return result ^ (result >> 16)

    class SeedSequence:
        def __init__(self, entropy=None, *, spawn_key=(), pool_size=4, n_children_spawned=0):
            if pool_size < 4:
                raise ValueError("The size of the entropy pool should be at least 4")
            if entropy is None:
                __docbuild_refuse__('np.random.SeedSequence() without entropy draws it from the operating system, '
                                    'so its numbers would change with every build; pass a seed, such as '
                                    'SeedSequence(12345)')
            elif not isinstance(entropy, (int, np.integer, list, tuple, range, np.ndarray)):
                raise TypeError('SeedSequence expects int or sequence of ints for entropy not ' + str(entropy))
            self.entropy = entropy
            self.spawn_key = tuple(spawn_key)
            self.pool_size = pool_size
            self.n_children_spawned = n_children_spawned
            self._docbuild_words = _coerce_to_uint32_array(entropy)
            self._docbuild_key = _coerce_to_uint32_array(self.spawn_key)
            assembled = list(self._docbuild_words)
            if len(self._docbuild_key) > 0 and len(assembled) < pool_size:
                assembled = assembled + [0] * (pool_size - len(assembled))
            assembled = assembled + self._docbuild_key
            hash_const = [0x43b0d7e5]
            pool = []
            for i in range(pool_size):
                pool.append(_hashmix(assembled[i] if i < len(assembled) else 0, hash_const))
            for i_src in range(pool_size):
                for i_dst in range(pool_size):
                    if i_src != i_dst:
                        pool[i_dst] = _mix(pool[i_dst], _hashmix(pool[i_src], hash_const))
            for i_src in range(pool_size, len(assembled)):
                for i_dst in range(pool_size):
                    pool[i_dst] = _mix(pool[i_dst], _hashmix(assembled[i_src], hash_const))
            self.pool = np.array(pool, dtype=np.uint32)

        def __repr__(self):
            lines = ['SeedSequence(', '    entropy=' + repr(self.entropy) + ',']
            if self.spawn_key:
                lines.append('    spawn_key=' + repr(self.spawn_key) + ',')
            if self.pool_size != 4:
                lines.append('    pool_size=' + repr(self.pool_size) + ',')
            if self.n_children_spawned != 0:
                lines.append('    n_children_spawned=' + repr(self.n_children_spawned) + ',')
            lines.append(')')
            return '\n'.join(lines)

        @property
        def state(self):
            return {'entropy': self.entropy, 'spawn_key': self.spawn_key, 'pool_size': self.pool_size,
                    'n_children_spawned': self.n_children_spawned}

        def generate_state(self, n_words, dtype=np.uint32):
            out_dtype = np.dtype(dtype)
            if out_dtype == np.dtype(np.uint32):
                count = n_words
            elif out_dtype == np.dtype(np.uint64):
                count = n_words * 2
            else:
                raise ValueError("only support uint32 or uint64")
            hash_const = 0x8b51f9dd
            pool = [int(v) for v in self.pool]
            words = []
            for i_dst in range(count):
                value = pool[i_dst % len(pool)] ^ hash_const
                hash_const = (hash_const * 0x58f38ded) & _MASK32
                value = (value * hash_const) & _MASK32
                words.append(value ^ (value >> 16))
            if out_dtype == np.dtype(np.uint64):
                low = np.array(words[0::2], dtype=np.uint64)
                high = np.array(words[1::2], dtype=np.uint64)
                return low | (high << np.uint64(32))
            return np.array(words, dtype=np.uint32)

        def spawn(self, n_children):
            if not isinstance(n_children, int) or n_children < 0:
                __docbuild_refuse__('SeedSequence.spawn of ' + repr(n_children) + ' is not supported in snippets: '
                                    'pass a count of 0 or more')
            seqs = []
            for i in range(self.n_children_spawned, self.n_children_spawned + n_children):
                seqs.append(SeedSequence(self.entropy, spawn_key=self.spawn_key + (i,), pool_size=self.pool_size))
            self.n_children_spawned += n_children
            return seqs

    SeedSequence.__module__ = 'numpy.random.bit_generator'

    class PCG64:
        def __init__(self, seed=None):
            if seed is None:
                __docbuild_refuse__('np.random.PCG64() without a seed draws one from the operating system, so its '
                                    'numbers would change with every build; pass a seed, such as PCG64(12345)')
            if not isinstance(seed, SeedSequence):
                seed = SeedSequence(seed)
            self._seed_seq = seed
            self._docbuild_generator = None

        @property
        def seed_seq(self):
            return self._seed_seq

        @property
        def state(self):
            if self._docbuild_generator is None:
                __docbuild_refuse__("the state of a PCG64 that no Generator draws from is not supported in snippets")
            return __docbuild_pcg64_state__(self._docbuild_generator)

        @state.setter
        def state(self, value):
            __docbuild_refuse__("setting a PCG64's state is not supported in snippets: make a new Generator from "
                                "the same seed instead")

        def spawn(self, n_children):
            return [PCG64(seed=s) for s in self._seed_seq.spawn(n_children)]

        def __repr__(self):
            __docbuild_refuse__("a PCG64 object's repr holds its memory address (<numpy.random._pcg64.PCG64 object "
                                "at 0x…>), which changes on every run")

    PCG64.__module__ = 'numpy.random._pcg64'

    def bit_generator_generator(bit_generator):
        if bit_generator._docbuild_generator is not None:
            __docbuild_refuse__('a second np.random.Generator over one PCG64 is not supported in snippets: in NumPy '
                                'the two share its stream')
        seq = bit_generator._seed_seq
        if seq.pool_size != 4:
            __docbuild_refuse__('a Generator from a SeedSequence with pool_size other than 4 is not supported in '
                                'snippets')
        bit_generator._docbuild_generator = __docbuild_pcg64__(seq._docbuild_words, seq._docbuild_key)
        return bit_generator._docbuild_generator

    def bit_generator_of(generator, seed):
        # `rng.bit_generator` of `default_rng(seed)`: the PCG64 NumPy made from the seed, drawing for `rng`.
        bit_generator = PCG64(seed)
        bit_generator._docbuild_generator = generator
        return bit_generator

    def seeded_default_rng(seed):
        if isinstance(seed, PCG64):
            return bit_generator_generator(seed)
        return bit_generator_generator(PCG64(seed))
    """#
}
