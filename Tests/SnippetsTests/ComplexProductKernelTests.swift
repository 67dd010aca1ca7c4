import Foundation
import TensorCore
import Testing

@testable import Snippets

/// Complex vector · vector products under OpenBLAS's AVX2 ("Haswell") kernels print NumPy's bits there:
/// `Fixtures/haswell/376-complex38-vector-products-haswell.txt` holds the statements of
/// `Fixtures/interpreter/375-complex38-vector-products.txt` recorded with `OPENBLAS_CORETYPE=Haswell` (both written by
/// `Fixtures/make_complex38_fixtures.py`). The two kernel sets share zdot's and cdot's AVX2 assembly but not the C
/// around it, which the Haswell build does not contract into fused multiply-adds, so the elements past the last block
/// and the strided loop round each product.
struct ComplexProductKernelTests {
  static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

  /// The transcript of a fixture file, without its header comment.
  static func transcript(_ name: String) throws -> (text: String, firstLine: Int) {
    let text = try String(contentsOf: fixtures.appendingPathComponent(name), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    let firstPrompt = lines.firstIndex { $0.hasPrefix(">>>") } ?? lines.count
    return (lines[firstPrompt...].joined(separator: "\n"), firstPrompt + 1)
  }

  /// The statements of `name` that do not print their expected text when run with `kernels`.
  static func failures(_ name: String, with kernels: ProductKernels) throws -> [String] {
    let (text, firstLine) = try transcript(name)
    let result = SnippetSession(productKernels: kernels).check(
      Snippet(text: text, origin: .init(line: firstLine, column: 1)))
    #expect(result.statements.count > 40)
    return result.statements.filter { !$0.passed }.map { "\(name):\($0.location.line): >>> \($0.code)\n\($0.output)" }
  }

  @Test func haswellRecordingMatchesTheHaswellOrders() throws {
    let failed = try Self.failures("haswell/376-complex38-vector-products-haswell.txt", with: .haswell)
    #expect(failed.isEmpty, "\(failed.joined(separator: "\n"))")
  }

  /// The fixtures discriminate: each recording fails in the other kernel set's orders.
  @Test func eachRecordingFailsInTheOtherOrders() throws {
    #expect(try Self.failures("haswell/376-complex38-vector-products-haswell.txt", with: .skylakeX).count >= 5)
    #expect(try Self.failures("interpreter/375-complex38-vector-products.txt", with: .haswell).count >= 5)
  }
}
