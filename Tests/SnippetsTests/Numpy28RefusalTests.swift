import Testing

@testable import Snippets

/// What stays refused, by name, of what session 28 added for issue 10 (NumPy breadth): a `SeedSequence` or `PCG64`
/// without a seed (NumPy draws one from the operating system), a string seed, a `PCG64`'s repr (a memory address)
/// and its own state and draws, a second `Generator` over one `PCG64` (the two share its stream in NumPy), a
/// `Generator` from a sequence with another pool size, `Generator.spawn` of a generator whose sequence is the
/// snippet's own object (that object counts the children) and of a count that is no int of 0 or more; `np.nditer`
/// after `close()` or its `with` block (NumPy raises or answers as if finished, member by member), buffered external
/// loops, casts of written operands, external loops over a cast, `op_dtypes` of another length. What now runs
/// is checked against NumPy in `Fixtures/interpreter/270-*` to `279-*` (`make_numpy28_fixtures.py`).
struct Numpy28RefusalTests {
  /// (setup, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    ("", "np.random.SeedSequence()", "np.random.SeedSequence() without entropy"),
    ("", "np.random.PCG64()", "np.random.PCG64() without a seed"),
    ("", "np.random.SeedSequence(['7'])", "a string seed of np.random.SeedSequence"),
    ("", "np.random.PCG64(3)", "a PCG64 object's repr holds its memory address"),
    ("", "np.random.PCG64(3).random_raw()", "objects' attribute 'random_raw' is not part of the snippet language"),
    ("", "np.random.PCG64(3).lock", "objects' attribute 'lock' is not part of the snippet language"),
    (
      ">>> b = np.random.PCG64(3)\n>>> g = np.random.Generator(b)", "np.random.Generator(b)",
      "a second np.random.Generator over one PCG64"
    ),
    (
      "", "np.random.Generator(np.random.PCG64(np.random.SeedSequence(1, pool_size=8)))",
      "a Generator from a SeedSequence with pool_size other than 4"
    ),
    (
      ">>> g = np.random.default_rng(np.random.SeedSequence(4))", "g.spawn(2)",
      "Generator.spawn of a generator made from a SeedSequence or PCG64 object"
    ),
    (">>> g = np.random.default_rng(4)", "g.spawn(-1)", "Generator.spawn(n) takes an int count of 0 or more"),
    (">>> g = np.random.default_rng(4)", "g.spawn(1.5)", "Generator.spawn(n) takes an int count of 0 or more"),
    (">>> s = np.random.SeedSequence(4)", "s.spawn(-1)", "SeedSequence.spawn of -1 is not supported"),
    (
      ">>> it = np.nditer([np.arange(3), None])\n>>> with it:\n...     for x, y in it:\n...         y[...] = x\n...",
      "it.operands[1]", "np.nditer used after close() or its with block"
    ),
    (">>> it = np.nditer(np.arange(3))\n>>> it.close()", "it.finished", "np.nditer used after close()"),
    (
      "", "np.nditer(np.arange(3), flags=['external_loop', 'buffered'])",
      "np.nditer's flags 'external_loop' and 'buffered' together"
    ),
    (
      "", "np.nditer(np.arange(3.), flags=['buffered'], op_flags=['readwrite'], op_dtypes=['f4'], casting='unsafe')",
      "np.nditer writing through a cast of an operand"
    ),
    (
      "", "np.nditer(np.arange(3), op_flags=['readwrite', 'copy'], op_dtypes=['float64'])",
      "np.nditer's op_flag 'copy' of a writeable operand"
    ),
    (
      "", "np.nditer(np.arange(3), flags=['external_loop'], op_flags=['readonly', 'copy'], op_dtypes=['float64'])",
      "np.nditer's flag 'external_loop' over a cast of an operand"
    ),
    ("", "np.nditer([np.arange(3), np.arange(3)], op_dtypes=['float64'])", "np.nditer with op_dtypes= for another"),
    (">>> it = np.nditer(np.arange(3))", "it[True]", "np.nditer indexed by bool"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// The children a generator without a seed spawns have no seed either: drawing from one is refused as drawing
  /// from their parent is.
  @Test func unseededChildrenAreRefused() throws {
    try RefusalProbe.expectRefused(
      ">>> g = np.random.default_rng()\n>>> c = g.spawn(2)", "c[0].random()", saying: "without a seed",
      as: "ValueError")
  }
}
