import Foundation
import Testing

@testable import TensorCore

/// One array or scalar with the repr and str NumPy printed for it (from `Fixtures/printing.json`).
struct PrintingCase: Decodable, Sendable, CustomTestStringConvertible {
  let id: String
  let dtype: String
  let shape: [Int]
  /// float.hex for float64, decimal for int64, "1"/"0" for bool.
  let values: [String]
  let scalar: Bool
  let repr: String
  let str: String

  var testDescription: String { id }

  /// The tensor this case describes, or nil when a value does not parse.
  func makeTensor() -> Tensor? {
    let storage: Storage
    switch dtype {
    case "float64":
      let doubles = values.compactMap(Double.init)
      guard doubles.count == values.count else { return nil }
      storage = .float64(doubles)
    case "int64":
      let integers = values.compactMap { Int64($0) }
      guard integers.count == values.count else { return nil }
      storage = .int64(integers)
    case "bool":
      storage = .bool(values.map { $0 == "1" })
    default:
      return nil
    }
    return Tensor(shape: shape, storage: storage, isScalar: scalar)
  }
}

/// A double (as float.hex) with Python's repr of it.
struct PythonFloatReprCase: Decodable, Sendable, CustomTestStringConvertible {
  let value: String
  let repr: String

  var testDescription: String { "\(repr) (\(value))" }
}

/// A shape with Python's repr of it as a tuple.
struct PythonShapeReprCase: Decodable, Sendable, CustomTestStringConvertible {
  let shape: [Int]
  let repr: String

  var testDescription: String { repr }
}

/// A dtype name with NumPy's repr and str of the dtype object.
struct DTypeTextCase: Decodable, Sendable, CustomTestStringConvertible {
  let dtype: String
  let repr: String
  let str: String

  var testDescription: String { dtype }
}

/// The contents of `Fixtures/printing.json`, written by `Fixtures/make_printing_fixtures.py`.
struct PrintingFixtureFile: Decodable, Sendable {
  let numpy: String
  let cases: [PrintingCase]
  let pythonFloatReprs: [PythonFloatReprCase]
  let pythonShapeReprs: [PythonShapeReprCase]
  let dtypeTexts: [DTypeTextCase]

  private enum CodingKeys: String, CodingKey {
    case numpy, cases
    case pythonFloatReprs = "python_float_repr"
    case pythonShapeReprs = "python_shape_repr"
    case dtypeTexts = "dtype_text"
  }
}

/// Reads a JSON fixture that sits in `Fixtures/` beside this file.
func loadFixture<Content: Decodable>(_ name: String, as type: Content.Type) throws -> Content {
  let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
  return try JSONDecoder().decode(Content.self, from: Data(contentsOf: url))
}

/// The printing fixture, loaded once; a load failure is reported by `PrintingTests.fixtureLoads`.
enum PrintingFixtures {
  static let file: Result<PrintingFixtureFile, any Error> = Result {
    try loadFixture("printing.json", as: PrintingFixtureFile.self)
  }
  static let cases: [PrintingCase] = (try? file.get().cases) ?? []
  static let pythonShapeReprCases: [PythonShapeReprCase] = (try? file.get().pythonShapeReprs) ?? []
  static let dtypeTextCases: [DTypeTextCase] = (try? file.get().dtypeTexts) ?? []
  static let pythonFloatReprCases: [PythonFloatReprCase] = (try? file.get().pythonFloatReprs) ?? []
}
