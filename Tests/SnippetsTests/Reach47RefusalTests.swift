import Testing

@testable import Snippets

/// What session 47's corpora (`Benchmarks/reach_probe.py`, Duke STA 663's Markov chains) showed docbuild printing
/// other than NumPy: an eigenvector of a stochastic matrix's transpose other than the stationary one sums to zero,
/// and dividing it by that sum (`V[:, 2:] / V[:, 2:].sum()`) scales LAPACK's rounding noise up to 1e14, where every
/// digit is the noise's. Such a quotient or product, or its rounding, is refused, as is a comparison or sign that the
/// noise decides; the stationary distribution, whose sum is no noise, is answered (`Fixtures/interpreter/495-*`).
struct Reach47RefusalTests {
  static let markov = """
    >>> A = np.array([[0.9, 0.05, 0.05], [0.1, 0.8, 0.1], [0.04, 0.01, 0.95]])
    >>> E, V = np.linalg.eig(A.T)
    """

  static let qr = ">>> Q, R = np.linalg.qr(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]))"

  static let noise = "through a sum or difference at rounding-noise level"

  /// (setup transcript, statement, words the refusal says).
  static let refused: [(setup: String, statement: String, words: String)] = [
    (markov, "V[:, 2:] / V[:, 2:].sum()", noise),
    (markov, "V[:, 1] / V[:, 1].sum()", noise),
    (markov, "V[:, 2] * (1 / V[:, 2].sum())", noise),
    (markov, "np.abs(V[:, 2:] / V[:, 2:].sum())", noise),
    (markov, "(V[:, 2:] / V[:, 2:].sum()).T", noise),
    (markov, "V[:, 2:].sum(axis=0) * 1e20", noise),
    (markov, "V[:, 2:].mean(axis=0) * 1e20", noise),
    (markov, "1 / V[:, 2:].sum(axis=0)", noise),
    (markov, "np.round(V[:, 2:] / V[:, 2:].sum(), 2)", noise),
    (markov + "\n>>> p = V[:, 2:] / V[:, 2:].sum()", "p * 3", noise),
    (markov, "V[:, 2:].sum(axis=0)", "holds an entry at rounding-noise level"),
    (qr, "(Q[:, 0] - Q[:, 0].mean()).sum(keepdims=True)", "holds an entry at rounding-noise level"),
    (qr, "(Q - Q.mean(axis=0)).sum(axis=0)", "holds an entry at rounding-noise level"),
    (qr, "Q[:, 0] / (Q[:, 0] - Q[:, 0].mean()).sum()", noise),
    (qr, "(Q - Q.mean(axis=0)).sum(axis=0) * 1e16", noise),
    (">>> w, U = np.linalg.eigh(np.array([[2.0, 1.0], [1.0, 2.0]]))", "U[:, 0] / U[:, 0].sum()", noise),
    // Which side of zero (or of 1) the noise falls on: NumPy printed True where docbuild printed False.
    (markov, "V.sum(axis=0) > 0", "is decided by an entry at rounding-noise distance from 0.0"),
    (markov, "V[:, 2].sum() > 0", "is decided by an entry at rounding-noise distance from 0.0"),
    (markov, "np.sign(V.sum(axis=0))", "np.sign of this array"),
    (markov, "E >= 1", "is decided by an entry at rounding-noise distance from 1.0"),
    (markov, "V[:, 2:] / V[:, 2:].sum() > 0", noise),
    (qr, "(Q - Q.mean(axis=0)).sum(axis=0) > 0", "is decided by an entry at rounding-noise distance from 0.0"),
  ]

  /// A Generator's `bit_generator` answers `seed_seq` and `state` (`Fixtures/interpreter/499-*`); setting the state,
  /// an unseeded or spawned Generator's bit generator, and the state of a PCG64 no Generator draws from are refused.
  static let bitGenerators: [(setup: String, statement: String, words: String)] = [
    (">>> r = np.random.default_rng(3)", "r.bit_generator.state = r.bit_generator.state", "setting a PCG64's state"),
    ("", "np.random.default_rng().bit_generator", "the bit_generator of a Generator made without a seed"),
    ("", "np.random.default_rng(1).spawn(1)[0].bit_generator", "or spawned"),
    ("", "np.random.PCG64(3).state", "the state of a PCG64 that no Generator draws from"),
  ]

  @Test(arguments: refused + bitGenerators)
  func isRefusedAsDocbuildsLimit(setup: String, statement: String, words: String) throws {
    try RefusalProbe.expectRefused(setup, statement, saying: words)
  }

  /// The stationary distribution, the eigenvector for eigenvalue 1 divided by its sum, is no noise: answered.
  @Test(arguments: ["V[:, 0] / V[:, 0].sum()", "np.round(V[:, 0] / V[:, 0].sum(), 4)", "E / E.sum()"])
  func stationaryDistributionComputes(statement: String) throws {
    try RefusalProbe.expectComputed(Self.markov, statement)
  }
}
