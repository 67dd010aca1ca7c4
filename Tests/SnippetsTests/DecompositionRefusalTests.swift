import SourceText
import Testing

@testable import Snippets

/// The decompositions whose printed text docbuild cannot make NumPy's are refused at the statement, with an error
/// no transcript can expect; what NumPy prints for each is in the comment beside it (NumPy 2.4.6), which is why
/// printing anything would be a mismatch. The cases NumPy and docbuild agree on are in `Fixtures/numpy/15-…19-`.
struct DecompositionRefusalTests {
  private func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: [
    // A double eigenvalue of a defective matrix: NumPy prints array([1., 1.]) here, but whether dlanv2 splits it
    // into a real or a complex pair (its z against 4·eps) is rounding, which docbuild's need not share.
    ("s = np.array([[2.0, 1.0], [-1.0, 0.0]])\nnp.linalg.eig(s)\n", "two eigenvalues nearly coincide"),
    ("s = np.array([[2.0, 1.0], [-1.0, 0.0]])\nnp.linalg.eigvals(s)\n", "two eigenvalues nearly coincide"),
    // SVDResult(U=array([[-0.70710678, 0.70710678], …: a repeated singular value (√2 twice), whose basis is rounding's.
    ("a = np.array([[1.0, 1.0], [-1.0, 1.0]])\nnp.linalg.svd(a)\n", "repeated singular value"),
    // Rank one: the second pair of singular vectors takes the signs of LAPACK's noise.
    ("a = np.array([[1.0, 2.0], [2.0, 4.0]])\nnp.linalg.svd(a)\n", "rank-deficient"),
    // A zero column: the second row reflector's leading entry is an exact zero whose sign LAPACK's arithmetic sets.
    ("a = np.array([[-5.0, 0.0, 2.0], [-1.0, 0.0, -5.0]])\nnp.linalg.svd(a)\n", "equal, or zero, up to rounding"),
    // Beyond 25 singular values dbdsdc divides and conquers.
    ("a = np.eye(26) + np.tri(26)\nnp.linalg.svd(a)\n", "more than 25 singular values"),
    ("np.linalg.svd(np.array([[1.0, np.inf], [2.0, 3.0]]))\n", "holding an infinity"),
    // array([[ 1., -0.], [-0.,  1.]]) or with 0. where NumPy's noise was positive: the zero's sign is noise's.
    (
      "U, S, Vh = np.linalg.svd(np.array([[1.0, 2.0], [3.0, 4.0]]))\nnp.round(U.T @ U, 10)\n",
      "rounds an entry at rounding-noise level"
    ),
    // array([-2.64716693e-16,  1.00000000e+00, -9.50000000e-01]): LAPACK's noise in the x² coefficient.
    (
      "x = np.array([0, 1, 2, 3])\ny = np.array([-1, 0.2, 0.9, 2.1])\nnp.polyfit(x, y, 2)\n",
      "np.polyfit's result and holds an entry at rounding-noise level"
    ),
    // A rank-one matrix: NumPy's R[1, 1] is noise such as -8.88e-16.
    ("a = np.array([[1.0, 2.0], [2.0, 4.0]])\nnp.linalg.qr(a)\n", "rounding-noise level"),
    // eigh of a repeated eigenvalue: which basis of the eigenspace depends on rounding.
    ("a = np.array([[2.0, 1.0, 1.0], [1.0, 2.0, 1.0], [1.0, 1.0, 2.0]])\nnp.linalg.eigh(a)\n", "repeated eigenvalue"),
    // Singular values of a rank-deficient matrix: NumPy's smallest is noise (3.33e-16 here).
    ("a = np.arange(1.0, 10.0).reshape(3, 3)\nnp.linalg.svd(a, compute_uv=False)\n", "rounding-noise level"),
    ("a = np.arange(1.0, 10.0).reshape(3, 3)\nnp.linalg.eigvalsh(a + a.T)\n", "rounding-noise level"),
    // np.float64(0.9999999999999999): a NumPy scalar's repr shows the last digits, which are LAPACK's.
    (
      "A = np.array([[0.0, 1.0], [1.0, 1.0], [2.0, 1.0], [3.0, 1.0]])\ny = np.array([-1, 0.2, 0.9, 2.1])\n"
        + "m, c = np.linalg.lstsq(A, y)[0]\nm\n",
      "computed from np.linalg.lstsq's result"
    ),
    // array([[ 1.00000000e+00,  6.66133815e-16], …: noise computed later from pinv's result.
    ("A = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])\nnp.linalg.pinv(A) @ A\n", "rounding-noise level"),
  ])
  func refusedAtTheStatement(script: String, message: String) {
    let result = run(script)
    #expect(result.diagnostics.count == 1)
    #expect(result.diagnostics.first?.message.contains(message) == true, "\(result.diagnostics.map(\.message))")
    #expect(result.diagnostics.first?.location.line == script.split(separator: "\n").count)
  }

  /// What is computed from a decomposition without printing its noise runs, and prints NumPy's text (NumPy 2.4.6
  /// prints `array([0.94, 2.16])`, then `True`).
  @Test func computingThroughNoiseIsNotRefused() {
    let transcript = """
      >>> X = np.c_[np.ones(5), np.linspace(0, 1, 5)]
      >>> np.linalg.pinv(X) @ np.array([1.0, 1.4, 2.1, 2.4, 3.2])
      array([0.94, 2.16])
      >>> S = np.array([[2., -1., 0.], [-1., 2., -1.], [0., -1., 2.]])
      >>> w, v = np.linalg.eigh(S)
      >>> np.allclose(S @ v, v * w)
      True

      """
    let result = run(transcript)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
  }

  /// eigh's eigenvectors follow dsteqr only up to 25×25; beyond, LAPACK divides and conquers.
  @Test func eighBeyondTwentyFiveIsRefusedButEigvalshIsNot() {
    let setUp = "x = np.arange(26.0)\na = np.diag(x + 1.0) + 0.5\n"
    let vectors = run(setUp + "np.linalg.eigh(a)\n")
    #expect(vectors.diagnostics.first?.message.contains("larger than 25×25") == true)
    let values = run(setUp + "w = np.linalg.eigvalsh(a)\n")
    #expect(values.diagnostics.isEmpty, "\(values.diagnostics.map(\.message))")
  }
}
