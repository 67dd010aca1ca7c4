import Testing

@testable import TensorCore

/// One call on NumPy's legacy global RandomState and what it returned (from `Fixtures/random.json`).
struct RandomCall: Decodable, Sendable {
  /// `seed`, `rand` or `randn`.
  let kind: String
  /// The new seed, for `seed`.
  let seed: Int?
  /// The arguments of `rand`/`randn`; empty for the no-argument call that returns a Python float.
  let shape: [Int]?
  /// float.hex of each returned value, row-major.
  let values: [String]?
}

/// A seed followed by calls, replayed bit for bit.
struct RandomSequence: Decodable, Sendable, CustomTestStringConvertible {
  let id: String
  let seed: Int
  let ops: [RandomCall]

  var testDescription: String { id }
}

/// A call NumPy rejects, with the exception line it raised.
struct RandomErrorCase: Decodable, Sendable, CustomTestStringConvertible {
  let call: String
  let args: [Int]
  let error: String

  var testDescription: String { "\(call)\(args)" }
}

/// The contents of `Fixtures/random.json`, written by `Fixtures/make_printing_fixtures.py`.
struct RandomFixtureFile: Decodable, Sendable {
  let numpy: String
  let sequences: [RandomSequence]
  let errors: [RandomErrorCase]
}

/// The random fixture, loaded once; a load failure is reported by `RandomTests.fixtureLoads`.
enum RandomFixtures {
  static let file: Result<RandomFixtureFile, any Error> = Result {
    try loadFixture("random.json", as: RandomFixtureFile.self)
  }
  static let sequences: [RandomSequence] = (try? file.get().sequences) ?? []
  static let errors: [RandomErrorCase] = (try? file.get().errors) ?? []
}
