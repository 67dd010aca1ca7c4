import SourceText
import TestSupport
import Testing

@testable import Snippets

/// The differentiable NumPy functions no other property test covers (issue 10: session 27's `real_if_close`,
/// `matrix_transpose` and `asarray_chkfinite`, and the older ones that only had examples) against central finite
/// differences, on random shapes whose second operand `b` broadcasts against `x` (`pinv`, `eigh` and `unwrap`, whose
/// gradients docbuild refuses by name, are not among them). Each case runs as a snippet, so the
/// interpreter's argument handling is part of what is checked: docbuild's `grad(y, x)` and `grad(y, b)` always, and
/// autograd's `grad(f)(x)` where autograd has a VJP for every function the case calls.
struct NumpyBreadthGradientTests {
  /// One expression of `x` and `b`, the smallest rank of `x` it needs, and whether autograd differentiates it.
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var minimumRank = 1
    var autograd = true
    var expression: @Sendable (inout SplitMix64, [Int]) -> String
    var testDescription: String { name }
  }

  /// A random axis of an array of rank `rank`, negative half the time.
  static func axis(_ random: inout SplitMix64, _ rank: Int) -> Int {
    Int(random.next() % UInt64(rank)) - rank * Int(random.next() % 2)
  }

  static let cases: [Case] = [
    Case(name: "real_if_close") { _, _ in "np.real_if_close(x * b)" },
    Case(name: "matrix_transpose", minimumRank: 2, autograd: false) { _, _ in "np.matrix_transpose(x * b)" },
    Case(name: "asarray_chkfinite", autograd: false) { _, _ in "np.asarray_chkfinite(x - b) ** 2" },
    // autograd's VJP of diagonal (make_diagonal) takes only offset=0, axis1=-1, axis2=-2; docbuild's grad any.
    Case(name: "diagonal", minimumRank: 2) { _, _ in "np.diagonal(x * b, axis1=-1, axis2=-2)" },
    Case(name: "diagonal of any axes", minimumRank: 2, autograd: false) { random, shape in
      let first = Int(random.next() % UInt64(shape.count))
      let second = (first + 1 + Int(random.next() % UInt64(shape.count - 1))) % shape.count
      return "np.diagonal(x * b, \(Int(random.next() % 3) - 1), \(first), \(second))"
    },
    Case(name: "trace", minimumRank: 2) { _, _ in "np.trace((x + b).reshape(-1, x.shape[-1]))" },
    Case(name: "fabs") { _, _ in "np.fabs(x - b)" },
    Case(name: "fliplr", minimumRank: 2) { _, _ in "np.fliplr(x * b)" },
    Case(name: "flipud") { _, _ in "np.flipud(x * b)" },
    Case(name: "fmax") { _, _ in "np.fmax(x, b)" },
    Case(name: "fmin") { _, _ in "np.fmin(x, b)" },
    Case(name: "sinc") { _, _ in "np.sinc(x * b)" },
    Case(name: "nan_to_num") { _, _ in "np.nan_to_num(x / b)" },
    Case(name: "deg2rad and rad2deg") { _, _ in "np.deg2rad(x) * np.rad2deg(b)" },
    Case(name: "atleast_1d, 2d, 3d") { random, _ in
      ["np.atleast_1d(x * b)", "np.atleast_2d(x * b)", "np.atleast_3d(x * b)"][Int(random.next() % 3)]
    },
    Case(name: "amax and amin") { random, shape in
      "np.amax(x * b, axis=\(axis(&random, shape.count))) + np.amin(x - b)"
    },
    Case(name: "partition") { random, shape in
      "np.partition(x * b, \(Int(random.next() % UInt64(shape[shape.count - 1]))))"
    },
    Case(name: "inner") { _, _ in "np.inner(x, b * np.ones(x.shape[-1]))" },
    Case(name: "linspace", autograd: false) { random, _ in
      "np.linspace(np.sum(x), np.sum(b), \(2 + Int(random.next() % 4)))"
    },
    Case(name: "svd singular values", minimumRank: 2) { _, _ in
      "np.linalg.svd(x * b + 3.0 * np.eye(x.shape[-2], x.shape[-1]), compute_uv=False)"
    },
    Case(name: "cumulative_sum and cumulative_prod", autograd: false) { random, shape in
      let axis = axis(&random, shape.count)
      return "np.cumulative_sum(x * b, axis=\(axis), include_initial=True) "
        + "+ np.cumulative_prod(x + b, axis=\(axis), include_initial=True)"
    },
    Case(name: "unstack", autograd: false) { random, shape in
      "np.stack(np.unstack(x * b, axis=\(axis(&random, shape.count)))[::-1])"
    },
  ]

  @Test(arguments: cases)
  func gradientAgreesWithFiniteDifferences(_ testCase: Case) {
    var random = SplitMix64(seed: 0x28B0 &+ UInt64(testCase.name.utf8.count))
    for _ in 0..<8 {
      let rank = testCase.minimumRank + Int(random.next() % UInt64(4 - testCase.minimumRank))
      let shape = (0..<rank).map { _ in 1 + Int(random.next() % 3) }
      // b broadcasts against x: some of x's trailing axes, each kept or made 1.
      let trailing = Int(random.next() % UInt64(rank + 1))
      let otherShape = shape.suffix(max(trailing, testCase.minimumRank)).map { random.next() % 3 == 0 ? 1 : $0 }
      let values = (0..<shape.reduce(1, *)).map { _ in (random.unit() * 4 - 2).description }
      let others = (0..<otherShape.reduce(1, *)).map { _ in (0.5 + random.unit() * 1.5).description }
      let call = testCase.expression(&random, shape)
      let autogradLine =
        testCase.autograd
        ? "print(np.allclose(autograd.grad(lambda x: loss(\(call)))(x), gx))"
        : "print(True)"
      let text = """
        import autograd
        def loss(r):
            w = np.arange(1.0, np.size(r) + 1.0).reshape(np.shape(r))
            return np.sum(r * w) + np.sum(r ** 2)
        x = np.array([\(values.joined(separator: ", "))]).reshape(\(shape))
        b = np.array([\(others.joined(separator: ", "))]).reshape(\(otherShape))
        y = loss(\(call))
        gx = grad(y, x)
        gb = grad(y, b)
        print(gx.shape == x.shape, np.allclose(gx, numgrad(y, x), rtol=1e-5, atol=1e-6))
        print(gb.shape == b.shape, np.allclose(gb, numgrad(y, b), rtol=1e-5, atol=1e-6))
        \(autogradLine)
        """
      let result = SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
      #expect(result.diagnostics.isEmpty, "\(testCase.name): \(call): \(result.diagnostics.map(\.message))")
      let outputs = result.statements.compactMap(\.output).filter { !$0.isEmpty }
      #expect(
        outputs.suffix(3) == ["True True", "True True", "True"], "\(testCase.name): \(call) on \(shape), \(otherShape)")
    }
  }
}
