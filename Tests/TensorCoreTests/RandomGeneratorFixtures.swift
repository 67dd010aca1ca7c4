import Foundation
import Testing

@testable import TensorCore

/// A JSON argument of a recorded NumPy call: a number, a bool, null, or a (nested) list.
enum FixtureArgument: Decodable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case list([FixtureArgument])

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if container.decodeNil() {
      self = .null
    } else if let value = try? container.decode(Bool.self) {
      self = .bool(value)
    } else if let value = try? container.decode(Double.self), value == 0, value.sign == .minus {
      self = .double(value)  // -0.0 would otherwise read as the int 0
    } else if let value = try? container.decode(Int.self) {
      self = .int(value)
    } else if let value = try? container.decode(Double.self) {
      self = .double(value)
    } else {
      self = .list(try container.decode([FixtureArgument].self))
    }
  }

  var double: Double? {
    switch self {
    case .int(let value): Double(value)
    case .double(let value): value
    default: nil
    }
  }

  var int: Int? {
    if case .int(let value) = self { return value }
    return nil
  }

  /// A `size=` shape: nil for null.
  var shape: [Int]? {
    if case .list(let items) = self { return items.compactMap(\.int) }
    return nil
  }

  /// A nested list of numbers as a float64 tensor.
  var tensor: Tensor? {
    guard case .list(let items) = self else { return nil }
    if items.allSatisfy({ $0.double != nil }) {
      return Tensor(shape: [items.count], storage: .float64(items.compactMap(\.double)))
    }
    let rows = items.compactMap(\.tensor)
    guard rows.count == items.count, let first = rows.first else { return nil }
    return Tensor(shape: [rows.count] + first.shape, storage: .float64(rows.flatMap(\.doubles)))
  }

  var doubles: [Double]? {
    if case .list(let items) = self { return items.compactMap(\.double) }
    return nil
  }
}

/// A JSON result value: an int, or a float written as `float.hex`.
enum FixtureNumber: Decodable, Sendable, Equatable {
  case int(Int64)
  case bits(UInt64)

  init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    if let value = try? container.decode(Int64.self) {
      self = .int(value)
    } else {
      let text = try container.decode(String.self)
      guard let value = Double(text) else {
        throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a float.hex: \(text)")
      }
      self = .bits(value.bitPattern)
    }
  }
}

/// One recorded call and NumPy's result.
struct GeneratorCall: Decodable, Sendable {
  let method: String
  let args: [String: FixtureArgument]
  let dtype: String
  let shape: [Int]
  let scalar: Bool
  let values: [FixtureNumber]
}

/// A seeded generator (modern or legacy) and the calls made on it.
struct GeneratorStream: Decodable, Sendable, CustomTestStringConvertible {
  let id: String
  let kind: String
  let seed: FixtureArgument
  let calls: [GeneratorCall]

  var testDescription: String { id }
}

/// A call NumPy refuses, with its exception line.
struct GeneratorErrorCase: Decodable, Sendable, CustomTestStringConvertible {
  let kind: String
  let seed: Int
  let method: String
  let args: [String: FixtureArgument]
  let error: String

  var testDescription: String { "\(kind).\(method) \(error)" }
}

/// The contents of `Fixtures/random_generator.json`, written by `Fixtures/make_random_generator_fixtures.py`.
struct GeneratorFixtureFile: Decodable, Sendable {
  let numpy: String
  let streams: [GeneratorStream]
  let errors: [GeneratorErrorCase]
}

/// The generator fixture, loaded once; a load failure is reported by `RandomGeneratorTests.fixtureLoads`.
enum GeneratorFixtures {
  static let file: Result<GeneratorFixtureFile, any Error> = Result {
    try loadFixture("random_generator.json", as: GeneratorFixtureFile.self)
  }
  static let streams: [GeneratorStream] = (try? file.get().streams) ?? []
  static let errors: [GeneratorErrorCase] = (try? file.get().errors) ?? []
}

/// Replays a recorded call on either generator.
enum GeneratorReplay {
  /// The entropy of a fixture seed: one int or a list.
  static func entropy(_ seed: FixtureArgument) -> [Int] {
    switch seed {
    case .int(let value): [value]
    case .list(let items): items.compactMap(\.int)
    default: []
    }
  }

  static func call(_ generator: inout RandomGenerator, _ call: (method: String, args: [String: FixtureArgument]))
    throws -> Tensor
  {
    let args = call.args
    let size = args["size"]?.shape
    switch call.method {
    case "random": return try generator.random(size: size)
    case "standard_normal": return try generator.standardNormal(size: size)
    case "normal":
      return try generator.normal(loc: double(args, "loc"), scale: double(args, "scale"), size: size)
    case "uniform":
      return try generator.uniform(low: double(args, "low"), high: double(args, "high"), size: size)
    case "exponential": return try generator.exponential(scale: double(args, "scale"), size: size)
    case "integers":
      return try generator.integers(
        low: int(args, "low"), high: int(args, "high"), endpoint: args["endpoint"].map(isTrue) ?? false, size: size)
    case "binomial": return try generator.binomial(n: int(args, "n"), p: double(args, "p"), size: size)
    case "poisson": return try generator.poisson(lam: double(args, "lam"), size: size)
    case "choice":
      let replace = args["replace"].map(isTrue) ?? true
      let p = args["p"]?.doubles
      if let population = args["a"]?.int {
        return try generator.choice(populationSize: population, size: size, replace: replace, p: p)
      }
      return try generator.choice(from: try tensor(args, "a"), size: size, replace: replace, p: p)
    case "permutation":
      if let count = args["x"]?.int { return try generator.permutation(count) }
      return try generator.shuffled(try tensor(args, "x"))
    case "shuffle": return try generator.shuffled(try tensor(args, "x"))
    default: throw FixtureError.unknownMethod(call.method)
    }
  }

  static func call(_ state: inout RandomState, _ call: (method: String, args: [String: FixtureArgument])) throws
    -> Tensor
  {
    let args = call.args
    let size = args["size"]?.shape
    switch call.method {
    case "randint": return try state.randint(low: int(args, "low"), high: int(args, "high"), size: size)
    case "uniform": return try state.uniform(low: double(args, "low"), high: double(args, "high"), size: size)
    case "normal": return try state.normal(loc: double(args, "loc"), scale: double(args, "scale"), size: size)
    case "randn": return Tensor(state.randn())
    case "random_sample": return try state.randomSample(size: size)
    case "choice":
      let replace = args["replace"].map(isTrue) ?? true
      let p = args["p"]?.doubles
      if let population = args["a"]?.int {
        return try state.choice(populationSize: population, size: size, replace: replace, p: p)
      }
      return try state.choice(from: try tensor(args, "a"), size: size, replace: replace, p: p)
    case "permutation":
      if let count = args["x"]?.int { return try state.permutation(count) }
      return try state.shuffled(try tensor(args, "x"))
    case "shuffle": return try state.shuffled(try tensor(args, "x"))
    default: throw FixtureError.unknownMethod(call.method)
    }
  }

  enum FixtureError: Error {
    case unknownMethod(String)
    case missingArgument(String)
  }

  private static func isTrue(_ argument: FixtureArgument) -> Bool {
    if case .bool(let value) = argument { return value }
    return false
  }

  private static func double(_ args: [String: FixtureArgument], _ name: String) throws -> Double {
    guard let value = args[name]?.double else { throw FixtureError.missingArgument(name) }
    return value
  }

  private static func int(_ args: [String: FixtureArgument], _ name: String) throws -> Int {
    guard let value = args[name]?.int else { throw FixtureError.missingArgument(name) }
    return value
  }

  private static func tensor(_ args: [String: FixtureArgument], _ name: String) throws -> Tensor {
    guard let value = args[name]?.tensor else { throw FixtureError.missingArgument(name) }
    return value
  }
}
