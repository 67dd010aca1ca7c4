import Testing

@testable import Snippets

/// Functions that read an array's values as doubles see only the real parts of complex values: each of these printed
/// a number NumPy does not (`np.std` 0.816… for NumPy's 1.490…, `np.linalg.norm` 3.741… for 4.358…) until
/// `ComplexGuard` refused them (`np.std` and `np.var` now follow NumPy's `_var`, checked in
/// `Fixtures/interpreter/368-numpy37b-complex-var-std.txt`; `np.ptp`, `np.average`, `np.nanvar` and `np.nanstd` NumPy's
/// steps, checked in `377-complex38-statistics.txt`; `np.argmin` and `np.argmax` NumPy's lexicographic scan, checked
/// in `434-fuzz42-complex-nan-functions-and-argmax.txt`). A refusal is docbuild's limit, so it can never pass as a
/// transcript's expected text.
struct ComplexGuardTests {
  static let setup = ">>> z = np.array([3+1j, 1-2j, 2+0j])\n>>> rng = np.random.default_rng(0)\n"

  static let refused = [
    "np.cov(z)", "np.median(z)", "np.linalg.norm(z)", "np.corrcoef(z)", "np.nanmedian(z)", "np.percentile(z, 50)",
    "rng.choice(z)", "np.random.choice(z)", "np.partition(z, 1)",
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String) throws {
    let output = try RefusalProbe.unacceptedOutput(Self.setup, statement)
    #expect(output.hasPrefix("NotImplementedError: "), "\(statement) printed \(output)")
    #expect(output.contains("complex128"), "\(statement): \(output)")
  }

  /// What NumPy 2.4.6 prints for these (`python3 -c "import numpy as np; z = np.array([3+1j, 1-2j, 2+0j]); …"`):
  /// the gate lets the functions checked against NumPy through.
  @Test func checkedFunctionsStillRun() throws {
    let transcript =
      Self.setup + """
        >>> np.mean(z)
        np.complex128(2-0.3333333333333333j)
        >>> z.sum()
        np.complex128(6-1j)
        >>> np.abs(z).max()
        np.float64(3.1622776601683795)
        >>> np.concatenate([z, z[:1]])
        array([3.+1.j, 1.-2.j, 2.+0.j, 3.+1.j])
        """
    let run = SnippetSession().check(Snippet(text: transcript, origin: .init(line: 1, column: 1)))
    let failed = run.statements.filter { !$0.passed }.map(\.output)
    #expect(run.statements.count == 6)
    #expect(failed.isEmpty, "\(failed)")
  }
}
