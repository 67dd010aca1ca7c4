#!/usr/bin/env python3
"""Writes what CPython 3.11 and NumPy 2.4.6 print for what session 28 (issue 10, NumPy breadth) added to the snippet
language: one fixture per addition, `interpreter/270-*` to `interpreter/279-*`.

Run: `python3 Tests/SnippetsTests/Fixtures/make_numpy28_fixtures.py` (Python 3.11, numpy 2.4.6). It rewrites the
fixtures below; rerunning gives identical bytes.
"""

import pathlib

from make_interpreter_fixtures import write_numpy_fixture

HERE = pathlib.Path(__file__).resolve().parent

# np.random.SeedSequence and np.random.PCG64 as NumPy's random reference spells generators: Generator(PCG64(seed)),
# default_rng(SeedSequence(seed)), spawned children (SeedSequence.spawn, PCG64.spawn, Generator.spawn, grandchildren),
# seeds of several words and of tuples, the pool's generate_state, and the errors of bad seeds.
SEED_SEQUENCES = [
    "from numpy.random import PCG64, SeedSequence, Generator, default_rng",
    "ss = SeedSequence(12345)",
    "ss",
    "ss.entropy, ss.spawn_key, ss.pool_size, ss.n_children_spawned, ss.state",
    "ss.pool",
    "ss.generate_state(4), ss.generate_state(3, np.uint64), ss.generate_state(2, 'uint32')",
    "child_seeds = ss.spawn(3)",
    "child_seeds[2]",
    "ss",
    "[default_rng(s).random() for s in child_seeds]",
    "[s.generate_state(2) for s in ss.spawn(2)]",
    "ss.n_children_spawned",
    "Generator(PCG64(12345)).random(3), default_rng(12345).random(3)",
    "default_rng(SeedSequence(7)).normal(size=3), default_rng(PCG64(7)).integers(0, 100, 4)",
    "bg = PCG64(12345678903141592653589793)",
    "bg.seed_seq",
    "Generator(bg).standard_normal(2)",
    "entropy = 0x87351080e25cb0fad77a44a3be03b491",
    "base_seq = SeedSequence(entropy)",
    "base_seq.generate_state(4)",
    "generators = [PCG64(seq) for seq in base_seq.spawn(12)]",
    "[Generator(g).integers(0, 1000) for g in generators]",
    "base_bitgen = PCG64(entropy)",
    "spawned = base_bitgen.spawn(3)",
    "spawned[1].seed_seq",
    "[Generator(b).random() for b in spawned]",
    "sequences = [SeedSequence((entropy, worker_id)) for worker_id in range(4)]",
    "[default_rng(s).random() for s in sequences]",
    "sequences[3].generate_state(4)",
    "parent_rng = default_rng(12345)",
    "streams = parent_rng.spawn(4)",
    "[s.random() for s in streams]",
    "grandchildren = streams[0].spawn(3)",
    "[g.integers(0, 10**6) for g in grandchildren]",
    "[s.random() for s in parent_rng.spawn(2)], parent_rng.random()",
    "parent_rng.spawn(0)",
    "[default_rng(s).random() for s in SeedSequence(12345).spawn(6)][4:]",
    "default_rng([3, 2**40]).spawn(2)[1].random(), default_rng([0]).spawn(1)[0].random()",
    "[default_rng(s).random() for s in SeedSequence([5, 6, 7, 8, 9]).spawn(2)]",
    "SeedSequence(5, spawn_key=(1, 2)).generate_state(4), SeedSequence([1, 2**33], spawn_key=(0,)).generate_state(2)",
    "SeedSequence(0).generate_state(4), SeedSequence([]).generate_state(2), SeedSequence(range(3)).generate_state(2)",
    "SeedSequence(np.array([1, 2], dtype=np.uint32)).generate_state(2), SeedSequence(np.int64(9)).generate_state(1)",
    "SeedSequence(3, n_children_spawned=2).spawn(1)[0]",
    "SeedSequence(3, pool_size=8).generate_state(3)",
    "rng = default_rng(3)",
    "default_rng(rng) is rng",
    "type(PCG64(1)), type(ss), type(Generator(PCG64(2)))",
    "isinstance(Generator(PCG64(2)), Generator), isinstance(ss, SeedSequence), isinstance(PCG64(1), PCG64)",
    "print(Generator(PCG64(3)))",
    "SeedSequence(1.5)",
    "SeedSequence(-1)",
    "SeedSequence([1, [2]])",
    "SeedSequence([1, 2.5])",
    "SeedSequence(3, pool_size=3)",
    "SeedSequence('7')",
    "SeedSequence(7).generate_state(2, np.float64)",
    "PCG64(-4)",
    "PCG64(1).foo",
    "ss.foo",
]

# np.nditer's flat indices (flags c_index and f_index, it.index) in C, Fortran and memory order, over broadcast
# operands, with multi_index; and the flag errors NumPy raises before iterating.
NDITER_INDICES = [
    "a = np.arange(6).reshape(2, 3)",
    "it = np.nditer(a, flags=['f_index'])",
    "[(int(x), it.index) for x in it]",
    "it = np.nditer(a, flags=['c_index'])",
    "[(int(x), it.index) for x in it]",
    "it = np.nditer(a, flags=['c_index'], order='F')",
    "[(int(x), it.index) for x in it]",
    "it = np.nditer(a.T, flags=['c_index'])",
    "[(int(x), it.index) for x in it]",
    "it = np.nditer(a.T, flags=['f_index'], order='C')",
    "[(int(x), it.index) for x in it]",
    "it = np.nditer([np.arange(3), a], flags=['f_index'])",
    "[(int(x), int(y), it.index) for x, y in it]",
    "it = np.nditer(np.arange(24).reshape(2, 3, 4), flags=['f_index', 'multi_index'])",
    "[(it.index, it.multi_index) for x in it][5:9]",
    "it = np.nditer(a, flags=['f_index'])",
    "while not it.finished:\n    print('%d <%d>' % (it[0], it.index), end=' ')\n    is_not_finished = it.iternext()",
    "it.index",
    "it.reset()",
    "it.index, it.iterindex",
    "np.nditer(a).index",
    "np.nditer(a, flags=['c_index', 'f_index'])",
    "np.nditer(np.zeros((2, 3)), flags=['c_index', 'external_loop'])",
    "np.nditer(a, flags=['external_loop', 'multi_index'])",
    "np.nditer(a, flags=['f_index', 'bogus'])",
    "np.nditer(a).foo",
    "with np.nditer(a, flags=['c_index'], op_flags=['readwrite']) as it:\n    for x in it:\n        x[...] = it.index * 10",
    "a",
]

# np.nditer's external loop without buffering: NumPy's inner loop is the fastest axes every operand steps over as
# one (npyiter_coalesce_axes), in C or Fortran order, over broadcast, sliced, transposed and 0-d operands; a write
# through the loop's arrays lands in the operand.
NDITER_EXTERNAL_LOOPS = [
    "a = np.arange(6).reshape(2, 3)",
    "for x in np.nditer(a, flags=['external_loop']):\n    print(x, end=' ')",
    "for x in np.nditer(a, flags=['external_loop'], order='F'):\n    print(x, end=' ')",
    "for x in np.nditer(a.T, flags=['external_loop']):\n    print(x, end=' ')",
    "for x in np.nditer(a.T, flags=['external_loop'], order='C'):\n    print(x, end=' ')",
    "b = np.arange(24).reshape(2, 3, 4)",
    "[x.tolist() for x in np.nditer(b[:, :, ::2], flags=['external_loop'], order='C')]",
    "[x.tolist() for x in np.nditer(b[:, 1:, :], flags=['external_loop'], order='C')]",
    "[x.tolist() for x in np.nditer(b[:1], flags=['external_loop'], order='F')]",
    "[x.tolist() for x in np.nditer(b[:, :1, :], flags=['external_loop'], order='C')]",
    "[x.tolist() for x in np.nditer(b.transpose(1, 0, 2), flags=['external_loop'], order='C')]",
    "[(x.tolist(), y.tolist()) for x, y in np.nditer([np.arange(3), a], flags=['external_loop'])]",
    "[(x.tolist(), y.tolist()) for x, y in np.nditer([np.array(7), a], flags=['external_loop'])]",
    "[(x.tolist(), y.tolist()) for x, y in np.nditer([np.arange(2).reshape(2, 1), a], flags=['external_loop'])]",
    "[(x.tolist(), y.tolist()) for x, y in np.nditer([np.ones((2, 1, 4)), b], flags=['external_loop'])]",
    "[x.tolist() for x in np.nditer(np.array(5), flags=['external_loop'])]",
    "[x.tolist() for x in np.nditer(np.arange(4).reshape(4, 1), flags=['external_loop'], order='F')]",
    "it = np.nditer(b, flags=['external_loop'], order='F')",
    "it.itersize, it.iterindex, it.value.shape",
    "next(it).tolist(), next(it).tolist(), it.iterindex, it.finished",
    "c = np.zeros((2, 3))",
    "with np.nditer([a, c], flags=['external_loop'], op_flags=[['readonly'], ['writeonly']], order='F') as it:\n"
    "    for x, y in it:\n        y[...] = 2 * x + 0.5",
    "c",
    "with np.nditer([a, None], flags=['external_loop']) as it:\n    for x, y in it:\n        y[...] = x * x\n"
    "    result = it.operands[1]",
    "result",
    "it = np.nditer(a, flags=['external_loop'])",
    "while not it.finished:\n    print(it[0], it.value)\n    it.iternext()",
]

# np.nditer's op_dtypes: a read operand cast into a copy ('copy') or a buffer ('buffered'), NumPy's casting rules
# (casting=) checked reading and writing back, the errors when neither a copy nor a buffer is allowed; and writes
# through it[i] = value in element loops and external loops.
NDITER_CASTS = [
    "a = np.arange(6).reshape(2, 3) - 3",
    "for x in np.nditer(a, op_dtypes=['complex128']):\n    print(np.sqrt(x), end=' ')",
    "for x in np.nditer(a, op_flags=['readonly', 'copy'], op_dtypes=['complex128']):\n    print(np.sqrt(x), end=' ')",
    "for x in np.nditer(a, flags=['buffered'], op_dtypes=['complex128']):\n    print(np.sqrt(x), end=' ')",
    "f = np.arange(6.)",
    "for x in np.nditer(f, flags=['buffered'], op_dtypes=['float32']):\n    print(x, end=' ')",
    "for x in np.nditer(f, flags=['buffered'], op_dtypes=['float32'], casting='same_kind'):\n    print(x, end=' ')",
    "for x in np.nditer(f, flags=['buffered'], op_dtypes=['int32'], casting='same_kind'):\n    print(x, end=' ')",
    "g = np.arange(6)",
    "for x in np.nditer(g, flags=['buffered'], op_flags=['readwrite'], op_dtypes=['float64'], casting='same_kind'):\n"
    "    x[...] = x / 2.0",
    "np.nditer(f, op_dtypes=['float32'], casting='same_kind')",
    "np.nditer(f, op_dtypes=['complex128'], op_flags=['writeonly'], flags=['buffered'])",
    "np.nditer(f, op_dtypes=['complex128'], flags=['buffered'], casting='no')",
    "np.nditer(f, op_dtypes=['complex128'], flags=['buffered'], casting='bogus')",
    "[(x.dtype, x.tolist()) for x in np.nditer(f, op_dtypes='float32', flags=['buffered'], casting='same_kind')][:2]",
    "[x.dtype for x in np.nditer(f, op_dtypes=['<f8'], casting='no')][:1]",
    "[x.dtype for x in np.nditer(f, op_dtypes=[None])][:1]",
    "[(x.tolist(), y.tolist()) for x, y in np.nditer([np.arange(3), np.ones(3)], flags=['buffered'], "
    "op_dtypes=['float32', None], casting='same_kind')]",
    "it = np.nditer([np.arange(3), None], flags=['buffered'], op_dtypes=['float32', None], casting='same_kind')",
    "it.operands[0].dtype, it.operands[1].dtype",
    "it = np.nditer([np.arange(3), None], op_flags=[['readonly', 'copy'], ['writeonly', 'allocate']], "
    "op_dtypes=['complex128', None])",
    "it.operands[0], it.operands[1].dtype",
    "it = np.nditer([np.arange(3.), None], op_dtypes=[None, 'int8'], casting='unsafe')",
    "with it:\n    for x, y in it:\n        y[...] = x * 2.7\n    result = it.operands[1]",
    "result",
    "b = np.arange(6).reshape(2, 3)",
    "it = np.nditer(b, flags=['multi_index'], op_flags=['writeonly'])",
    "with it:\n    while not it.finished:\n        it[0] = it.multi_index[1] - it.multi_index[0]\n"
    "        is_not_finished = it.iternext()",
    "b",
    "it = np.nditer([b, np.zeros((2, 3))], op_flags=[['readonly'], ['readwrite']])",
    "it[1] = 7",
    "it[0] = 7",
    "it[2] = 7",
    "it[-1] = 8",
    "it.operands[1]",
    "it = np.nditer(np.zeros(4), flags=['external_loop'], op_flags=['readwrite'])",
    "it[0] = [1, 2, 3, 4]",
    "it.operands[0]",
]

FIXTURES = {
    270: ("numpy28-seed-sequences", "np.random.SeedSequence, np.random.PCG64, Generator(PCG64(seed)) and spawn",
          SEED_SEQUENCES),
    271: ("numpy28-nditer-indices", "np.nditer's c_index and f_index flags and it.index", NDITER_INDICES),
    272: ("numpy28-nditer-external-loops", "np.nditer's external_loop flag without buffering",
          NDITER_EXTERNAL_LOOPS),
    273: ("numpy28-nditer-casts-and-writes", "np.nditer's op_dtypes (copy, buffered, casting=) and it[i] = value",
          NDITER_CASTS),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy28_fixtures.py", description,
                            statements)
