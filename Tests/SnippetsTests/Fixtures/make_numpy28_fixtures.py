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

FIXTURES = {
    270: ("numpy28-seed-sequences", "np.random.SeedSequence, np.random.PCG64, Generator(PCG64(seed)) and spawn",
          SEED_SEQUENCES),
}

if __name__ == "__main__":
    for number, (slug, description, statements) in FIXTURES.items():
        write_numpy_fixture(HERE / "interpreter" / f"{number}-{slug}.txt", "make_numpy28_fixtures.py", description,
                            statements)
