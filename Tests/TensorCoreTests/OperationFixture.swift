import Foundation
import Testing

@testable import TensorCore

/// One case of operations.json: an operation name, its arguments, and NumPy's result or error.
struct OperationFixture: Sendable, CustomTestStringConvertible {
  var id: String
  var op: String
  var args: [FixtureValue]
  var kwargs: [String: FixtureJSON]
  var expectedResult: FixtureValue
  var expectedError: TensorError?

  var testDescription: String { id }

  /// Reads every case of the committed fixture file next to this source file.
  static func load() -> [OperationFixture] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/operations.json")
    guard let data = try? Data(contentsOf: url),
      let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
      let cases = root["cases"] as? [[String: Any]]
    else { return [] }
    return cases.map { record in
      let error = (record["error"] as? [String: String]).map { TensorError($0["type"]!, $0["message"]!) }
      return OperationFixture(
        id: record["id"] as! String, op: record["op"] as! String,
        args: (record["args"] as! [[String: Any]]).map(FixtureValue.init),
        kwargs: (record["kwargs"] as! [String: Any]).mapValues(FixtureJSON.init),
        expectedResult: (record["result"] as? [String: Any]).map(FixtureValue.init) ?? .none,
        expectedError: error)
    }
  }
}

/// A JSON value from a fixture's keyword arguments.
struct FixtureJSON: Sendable {
  var int: Int?
  var ints: [Int]?
  var string: String?
  var bool: Bool?
  var isNull: Bool
  var value: FixtureValue?
  var items: [IndexItem]?

  init(_ any: Any) {
    isNull = any is NSNull
    // Bools are written as "True"/"False" strings, so no JSON parser can confuse them with 0 and 1.
    if let word = any as? String, word == "True" || word == "False" { bool = word == "True" }
    int = any as? Int
    ints = any as? [Int]
    string = any as? String
    if let dictionary = any as? [String: Any] { value = FixtureValue(dictionary) }
    if let list = any as? [Any] { items = list.compactMap(FixtureJSON.indexItem) }
  }

  static func indexItem(_ any: Any) -> IndexItem? {
    if let word = any as? String { return word == "newaxis" ? .newaxis : .ellipsis }
    guard let dictionary = any as? [String: Any] else { return nil }
    if let position = dictionary["int"] as? Int { return .int(position) }
    let parts = (dictionary["slice"] as? [Any] ?? []).map { $0 as? Int }
    return .slice(start: parts[0], stop: parts[1], step: parts[2])
  }

  /// The value as `Axes` (None, int or tuple).
  var axes: Axes {
    if let int { return .one(int) }
    if let ints { return .many(ints) }
    return .all
  }
}

/// An argument or result: an array or NumPy scalar, a Python number, a tuple of ints, a nested list, or None.
enum FixtureValue: Sendable, CustomStringConvertible {
  case tensor(Tensor)
  /// A NumPy float16 result, compared at float16's precision.
  case halfPrecision(Tensor)
  case python(Scalar)
  case tuple([Int])
  case nested(NestedValue)
  case none

  init(_ record: [String: Any]) {
    if let array = record["array"] as? [String: Any] {
      let shape = array["shape"] as! [Int]
      let texts = array["values"] as! [String]
      let storage: Storage
      switch array["dtype"] as! String {
      case "float64": storage = .float64(texts.map { Double($0)! })
      // NumPy gives float16 for exp, log, sqrt, tanh of bool, which the library refuses (see the replay test).
      case "int64", "int8": storage = .int64(texts.map { Int64($0)! })
      case "float16": storage = .float64(texts.map { Double($0)! })
      default: storage = .bool(texts.map { $0 == "True" })
      }
      let tensor = Tensor(shape: shape, storage: storage, isScalar: array["scalar"] as! Bool)
      self = .tensor(array["dtype"] as! String == "int8" ? tensor.tagged(.int8) : tensor)
      if array["dtype"] as! String == "float16" { self = .halfPrecision(tensor) }
    } else if let text = record["python"] as? String {
      self = .python(FixtureValue.number(text))
    } else if let tuple = record["tuple"] as? [Int] {
      self = .tuple(tuple)
    } else if let nested = record["nested"] {
      self = .nested(FixtureValue.nested(nested))
    } else {
      self = .none
    }
  }

  /// A number from its Python text: `True`/`False`, an int, or a float repr.
  static func number(_ text: String) -> Scalar {
    if text == "True" || text == "False" { return .bool(text == "True") }
    if let int = Int64(text) { return .int(int) }
    return .double(Double(text)!)
  }

  static func nested(_ any: Any) -> NestedValue {
    if let list = any as? [Any] { return .list(list.map(nested)) }
    return .scalar(number(any as! String))
  }

  /// The value as a tensor operand (a Python number becomes a NumPy scalar of its dtype).
  var tensor: Tensor {
    switch self {
    case .tensor(let tensor): tensor
    case .python(let number): Tensor(scalar: number, isScalar: true)
    default: Tensor(false)
    }
  }

  var description: String {
    switch self {
    case .tensor(let t): "\(t.isScalar ? "scalar" : "array") \(t.dtype) \(t.shape) \(t.storageText)"
    case .halfPrecision(let t): "float16 \(t.shape) \(t.storageText)"
    case .python(let number): "python \(number)"
    case .tuple(let ints): "tuple \(ints)"
    case .nested: "nested"
    case .none: "none"
    }
  }
}

/// What running a case produced.
typealias FixtureOutcome = FixtureValue

extension FixtureValue {
  /// True when this outcome equals NumPy's: same kind, shape, dtype, scalar flag and values, bit for bit (NaN equals
  /// NaN). `tolerant` allows 1e-12 relative error for the operations whose last bits legitimately differ: exp, log
  /// and tanh (the C library here, NumPy's own SIMD loops there) and N-d dot/matmul (BLAS kernels sum in their own
  /// order).
  func matches(_ expected: FixtureValue, tolerant: Bool) -> Bool {
    switch (self, expected) {
    case (.tensor(let got), .tensor(let want)):
      guard got.shape == want.shape, got.dtype == want.dtype, got.isScalar == want.isScalar else { return false }
      switch (got.storage, want.storage) {
      case (.float64(let a), .float64(let b)):
        return zip(a, b).allSatisfy { x, y in
          x == y || (x.isNaN && y.isNaN) || (tolerant && Swift.abs(x - y) <= 1e-12 * Swift.max(1, Swift.abs(y)))
        }
      case (.int64(let a), .int64(let b)): return a == b
      case (.bool(let a), .bool(let b)): return a == b
      default: return false
      }
    case (.tensor(let got), .halfPrecision(let want)) where got.dtype == .float16:
      // NumPy's float16 values (float functions of bool), bit for bit.
      return got.shape == want.shape && got.isScalar == want.isScalar
        && zip(got.doubles, want.doubles).allSatisfy { x, y in x == y || (x.isNaN && y.isNaN) }
    case (.tensor(let got), .halfPrecision(let want)):
      return got.shape == want.shape && got.dtype == .float64
        && zip(got.doubles, want.doubles).allSatisfy { x, y in x == y || Swift.abs(x - y) <= 1e-3 * Swift.abs(y) }
    case (.python(let got), .python(let want)): return got == want || (got.isNaN && want.isNaN)
    case (.tuple(let got), .tuple(let want)): return got == want
    default: return false
    }
  }
}

extension Scalar {
  var isNaN: Bool { if case .double(let value) = self { value.isNaN } else { false } }
}

extension Tensor {
  var storageText: String {
    switch storage {
    case .float64(let values): "\(values.prefix(12))"
    case .int64(let values): "\(values.prefix(12))"
    case .bool(let values): "\(values.prefix(12))"
    case .complex128(let values): "\(values.prefix(12))"
    }
  }
}
