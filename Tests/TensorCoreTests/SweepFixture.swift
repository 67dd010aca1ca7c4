import Foundation
import Testing

/// The matrices of a sweep fixture (`Fixtures/NAME.json`, `{"cases": [{key: number or [numbers]}, …]}`) that a
/// committed script writes from NumPy.
struct SweepFixture {
  /// One case's fields as JSON gave them.
  let fields: [String: Any]

  /// The cases of `Fixtures/<name>` next to this file.
  static func load(_ name: String) throws -> [SweepFixture] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)")
    let root = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    return try #require(root["cases"] as? [[String: Any]]).map(SweepFixture.init)
  }

  /// The array of numbers under `key`.
  func numbers(_ key: String) throws -> [Double] {
    try #require(fields[key] as? [NSNumber]).map(\.doubleValue)
  }

  /// The value under `key` as `T`.
  func value<T>(_ key: String, as type: T.Type = T.self) throws -> T {
    try #require(fields[key] as? T)
  }
}
