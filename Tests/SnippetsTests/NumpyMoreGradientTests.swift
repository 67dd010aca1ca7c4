import SourceText
import TestSupport
import Testing

@testable import Snippets

/// The gradients of issue 10's seventh-round functions that differentiate (`insert`, `resize`, `block`,
/// `ediff1d`, `diagflat`, `rollaxis`, `take_along_axis`) against central finite differences, on random shapes, values and arguments:
/// each case runs as a snippet so the interpreter's argument handling is part of what is checked.
struct NumpyMoreGradientTests {
  /// A snippet expression of `x` per case, given a random draw for its arguments.
  static let cases: [(name: String, expression: @Sendable (inout SplitMix64, [Int]) -> String)] = [
    (
      "insert at one index",
      { random, shape in
        let axis = Int(random.next() % UInt64(shape.count))
        let index = Int(random.next() % UInt64(shape[axis] + 1))
        return "np.insert(x, \(index), x.take([0], axis=\(axis)) * 1.5, axis=\(axis))"
      }
    ),
    (
      "insert at several indices, flattened",
      { random, shape in
        let size = shape.reduce(1, *)
        let picks = (0..<3).map { _ in Int(random.next() % UInt64(size + 1)) }
        return "np.insert(x, \(picks), x.ravel()[:3] ** 2)"
      }
    ),
    (
      "resize",
      { random, shape in
        let size = shape.reduce(1, *)
        let target = [1 + Int(random.next() % 4), 1 + Int(random.next() % UInt64(size + 2))]
        return "np.resize(x, \(target))"
      }
    ),
    ("block", { _, _ in "np.block([[x, x * 2.0], [x ** 2, x]])" }),
    ("ediff1d", { _, _ in "np.ediff1d(x, to_begin=x.ravel()[:1], to_end=[2.5])" }),
    ("diagflat", { random, _ in "np.diagflat(x, \(Int(random.next() % 5) - 2))" }),
    ("rollaxis", { random, shape in "np.rollaxis(x, \(Int(random.next() % UInt64(shape.count))))" }),
    (
      "take_along_axis",
      { random, shape in
        let axis = Int(random.next() % UInt64(shape.count))
        return "np.take_along_axis(x, np.argsort(x, axis=\(axis))[..., ::-1] if \(axis) == x.ndim - 1 else "
          + "np.argsort(x, axis=\(axis)), axis=\(axis))"
      }
    ),
  ]

  @Test(arguments: cases.indices)
  func gradientAgreesWithFiniteDifferences(index: Int) {
    let (name, expression) = Self.cases[index]
    var random = SplitMix64(seed: 0x7E57 + UInt64(index))
    for _ in 0..<8 {
      let rank = 1 + Int(random.next() % 3)
      let shape = (0..<rank).map { _ in 1 + Int(random.next() % 3) }
      let values = (0..<shape.reduce(1, *)).map { _ in (random.unit() * 4 - 2).description }
      let call = expression(&random, shape)
      let text = """
        x = np.array([\(values.joined(separator: ", "))]).reshape(\(shape))
        r = \(call)
        w = np.arange(1.0, r.size + 1.0).reshape(r.shape)
        y = np.sum(r * w) + np.sum(r ** 2)
        g = grad(y, x)
        print(g.shape == x.shape, np.allclose(g, numgrad(y, x), rtol=1e-5, atol=1e-6), bool(np.any(g != 0)))
        """
      let result = SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
      #expect(result.diagnostics.isEmpty, "\(name): \(call): \(result.diagnostics.map(\.message))")
      #expect(result.statements.last?.output == "True True True", "\(name): \(call) on \(shape)")
    }
  }
}
