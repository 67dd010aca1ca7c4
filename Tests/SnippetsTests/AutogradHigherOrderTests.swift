import SourceText
import TestSupport
import Testing

@testable import Snippets

/// autograd's derivatives of derivatives and user-defined VJPs against central finite differences (mathematics, not
/// docbuild's own output), on random points; and the refusals where docbuild stops short of autograd.
struct AutogradHigherOrderTests {
  /// Element-wise functions of `x` whose second derivatives the recorded backward pass must give.
  static let functions = [
    "np.exp(-x * x / 2.0) * x ** 3", "np.sqrt(x) / (1.0 + x)", "np.log(x) * x ** 2 - 3.0 * x",
    "(1.0 - np.exp(-2 * x)) / (1.0 + np.exp(-(2 * x)))", "np.abs(x - 1.0) * x + np.square(x)",
    "np.tanh(x) * np.sin(x) + np.cos(x) * np.sinh(x) / np.cosh(x)",
  ]

  static func run(_ text: String) -> CheckedBlock {
    SnippetSession().check(Snippet(text: text, origin: SourcePosition(line: 1, column: 1)))
  }

  @Test(arguments: functions)
  func secondDerivativeAgreesWithFiniteDifferences(function: String) {
    var random = SplitMix64(seed: UInt64(function.utf8.count))
    let values = (0..<5).map { _ in (0.3 + random.unit() * 2.5).description }
    let result = Self.run(
      """
      from autograd import elementwise_grad as egrad
      f = lambda x: \(function)
      x = np.array([\(values.joined(separator: ", "))])
      h = 1e-5
      second = egrad(egrad(f))(x)
      numeric = (egrad(f)(x + h) - egrad(f)(x - h)) / (2 * h)
      third = egrad(egrad(egrad(f)))(x)
      numeric3 = (egrad(egrad(f))(x + h) - egrad(egrad(f))(x - h)) / (2 * h)
      print(np.allclose(second, numeric, rtol=1e-5, atol=1e-5), np.allclose(third, numeric3, rtol=1e-4, atol=1e-4))
      """)
    #expect(result.diagnostics.isEmpty, "\(function): \(result.diagnostics.map(\.message))")
    #expect(result.statements.last?.output == "True True", "\(function)")
  }

  @Test func primitiveVJPIsWhatTheBackwardPassRuns() {
    let result = Self.run(
      """
      from autograd import grad
      from autograd.extend import primitive, defvjp
      @primitive
      def wave(x, k):
          return np.sin(k * x) * x
      defvjp(wave, lambda ans, x, k: lambda g: g * (k * np.cos(k * x) * x + np.sin(k * x)), None)
      x = np.array([0.3, -1.2, 2.5])
      loss = lambda x: np.sum(wave(x, 1.7) ** 2)
      h = 1e-6
      numeric = np.array([(loss(x + h * e) - loss(x - h * e)) / (2 * h) for e in np.eye(3)])
      print(np.allclose(grad(loss)(x), numeric, rtol=1e-6, atol=1e-8))
      """)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    #expect(result.statements.last?.output == "True")
  }

  /// `hessian` through matrix products against central differences of the gradient (mathematics), on random points.
  @Test(arguments: [1, 2, 3, 4])
  func hessianAgreesWithFiniteDifferences(seed: Int) {
    var random = SplitMix64(seed: UInt64(seed))
    let numbers = { (count: Int) in (0..<count).map { _ in (random.unit() * 2 - 1).description } }
    let result = Self.run(
      """
      from autograd import grad, hessian, hessian_vector_product
      A = np.array([\(numbers(12).joined(separator: ", "))]).reshape(3, 4)
      x = np.array([\(numbers(4).joined(separator: ", "))])
      f = lambda x: np.dot(x, np.dot(A.T, np.tanh(A @ x))) + np.sum(np.outer(x, x) ** 2)
      H = hessian(f)(x)
      h = 1e-6
      numeric = np.array([(grad(f)(x + h * e) - grad(f)(x - h * e)) / (2 * h) for e in np.eye(4)])
      v = np.arange(4.0)
      print(np.allclose(H, numeric, rtol=1e-5, atol=1e-5), np.allclose(H, H.T), np.allclose(H @ v, hessian_vector_product(f)(x, v)))
      """)
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))")
    #expect(result.statements.last?.output == "True True True")
  }

  /// Statements autograd runs that docbuild refuses: each a limit diagnostic naming why, never an expected output.
  @Test(arguments: [
    ("from autograd import grad\ngrad(grad(grad(grad(np.sin))))(1.0)", "nested more than three deep"),
    (
      "from autograd import grad\ngrad(grad(lambda x: np.arctan(x)))(1.0)",
      "whose gradient docbuild does not record"
    ),
    (
      "from autograd.test_util import check_grads\ncheck_grads(np.sin)(1.0)",
      "forward mode is not supported"
    ),
    (
      "from autograd.test_util import check_grads\ncheck_grads(np.sin, modes=['rev'], order=3)(1.0)",
      "order 3 or more"
    ),
    (
      "from autograd import hessian\nhessian(lambda x: np.sum(np.matmul(x, x) ** 2))(np.ones((2, 2, 2)))",
      "stacks of matrices"
    ),
    (
      "from autograd import grad, hessian\ngrad(lambda x: np.sum(hessian(np.sin)(x)))(1.0)",
      "gradient docbuild does not record"
    ),
    (
      "from scipy.optimize import minimize\nminimize(lambda x: np.sum(x ** 2), np.ones(2))",
      "method='BFGS' is not supported"
    ),
    (
      "import scipy.optimize\nscipy.optimize.minimize(lambda x: x ** 2, 1.0, method='L-BFGS-B')",
      "method='L-BFGS-B' is not supported"
    ),
  ])
  func refusedWithALimitDiagnostic(script: String, message: String) {
    let result = Self.run(script)
    #expect(
      result.diagnostics.contains { $0.message.contains(message) },
      "\(script): \(result.diagnostics.map(\.message))")
  }
}
