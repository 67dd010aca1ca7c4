import Foundation
import Testing

@testable import TensorCore

/// Replays Fixtures/operations.json (made by make_operation_fixtures.py from NumPy): every case's result — shape,
/// dtype, scalar-ness and values — or its exact exception class and message.
struct OperationFixtureTests {
  static let cases: [OperationFixture] = OperationFixture.load()

  /// Operations compared with a tolerance (see `FixtureValue.matches`); all others must match NumPy bit for bit.
  static let tolerantOperations: Set<String> = ["exp", "log", "tanh", "matmul", "dot"]

  @Test func fixtureFileHasEnoughCases() {
    #expect(Self.cases.count >= 200)
  }

  @Test(arguments: cases)
  func replay(_ fixture: OperationFixture) throws {
    let outcome: FixtureOutcome
    do {
      outcome = try fixture.run()
    } catch let error as TensorError {
      // A float16 result docbuild refuses (an input too close to a rounding boundary) is a limit error naming float16.
      if case .halfPrecision = fixture.expectedResult {
        #expect(error.isLimit && error.message.contains("float16"), "\(fixture.id) raised \(error)")
        return
      }
      #expect(fixture.expectedError == error, "\(fixture.id) raised \(error)")
      return
    }
    if let expectedError = fixture.expectedError {
      Issue.record("\(fixture.id): expected \(expectedError), got \(outcome)")
      return
    }
    #expect(
      outcome.matches(fixture.expectedResult, tolerant: Self.tolerantOperations.contains(fixture.op)),
      "\(fixture.id): got \(outcome), expected \(fixture.expectedResult)")
  }
}
