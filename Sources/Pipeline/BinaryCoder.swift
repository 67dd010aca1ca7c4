import Foundation

/// A compact binary form of any `Codable` value, for the run cache: reading it back is several times faster than
/// JSON (no number or string parsing, no escapes), and the types' own `Codable` conformances decide what is stored,
/// so a field added to a result type is cached without anyone touching this file.
///
/// A value is a tag byte and its payload: nil; a Boolean; an integer (zig-zag varint); an unsigned integer
/// (varint); a floating-point number (its 8 bytes); a string (length and UTF-8); a keyed container (a count, then
/// per entry its key, the value's length and the value); an unkeyed container (a count, then per element its length
/// and the element). Every key is stored and checked, so bytes written for another shape of a type fail to decode
/// (a cache miss) instead of filling the wrong field. Coding paths are not tracked (every container reports its
/// parent's): a failure only ever means a miss, and building a path for every value would cost an allocation each.
enum BinaryCoder {
  enum Tag: UInt8 {
    case null = 0, bool, int, unsigned, double, string, keyed, unkeyed
  }

  /// The bytes of `value`.
  static func encode(_ value: some Encodable) throws -> [UInt8] {
    let root = EncodingNode()
    try value.encode(to: NodeEncoder(node: root, codingPath: []))
    var value = ByteWriter()
    root.write(to: &value)
    // The whole value's length first, so bytes added after it are refused.
    var writer = ByteWriter()
    writer.write(bytes: value.bytes)
    return writer.bytes
  }

  /// The value `bytes` hold; throws when they are not a whole value of type `T`.
  static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8]) throws -> T {
    let storage = DecodingBytes(bytes)
    guard let (length, start) = storage.length(at: 0, end: bytes.count), start + length == bytes.count else {
      throw mismatch([], "not one whole value")
    }
    let decoder = SliceDecoder(storage: storage, start: start, end: bytes.count, codingPath: [])
    return try decoder.decodeValue(T.self)
  }

  /// What a malformed value throws.
  static func mismatch(_ codingPath: [any CodingKey], _ what: String) -> DecodingError {
    DecodingError.dataCorrupted(DecodingError.Context(codingPath: codingPath, debugDescription: what))
  }
}

// MARK: - Encoding

/// One value being encoded: its tag and payload once known, or its entries or elements.
private final class EncodingNode {
  enum Content {
    case empty
    case scalar([UInt8])
    case keyed([(String, EncodingNode)])
    case unkeyed([EncodingNode])
  }
  var content = Content.empty

  func write(to writer: inout ByteWriter) {
    switch content {
    case .empty: writer.write(unsigned: UInt64(BinaryCoder.Tag.null.rawValue))
    case .scalar(let bytes): writer.append(bytes)
    case .keyed(let entries):
      writer.write(unsigned: UInt64(BinaryCoder.Tag.keyed.rawValue))
      writer.write(unsigned: UInt64(entries.count))
      for (key, node) in entries {
        writer.write(key)
        var child = ByteWriter()
        node.write(to: &child)
        writer.write(bytes: child.bytes)
      }
    case .unkeyed(let elements):
      writer.write(unsigned: UInt64(BinaryCoder.Tag.unkeyed.rawValue))
      writer.write(unsigned: UInt64(elements.count))
      for node in elements {
        var child = ByteWriter()
        node.write(to: &child)
        writer.write(bytes: child.bytes)
      }
    }
  }

  func addEntry(_ key: String) -> EncodingNode {
    let node = EncodingNode()
    if case .keyed(var entries) = content {
      content = .empty
      entries.append((key, node))
      content = .keyed(entries)
    } else {
      content = .keyed([(key, node)])
    }
    return node
  }

  func addElement() -> EncodingNode {
    let node = EncodingNode()
    if case .unkeyed(var elements) = content {
      content = .empty
      elements.append(node)
      content = .unkeyed(elements)
    } else {
      content = .unkeyed([node])
    }
    return node
  }

  func markKeyed() {
    if case .keyed = content { return }
    content = .keyed([])
  }

  func markUnkeyed() {
    if case .unkeyed = content { return }
    content = .unkeyed([])
  }

  func setScalar(_ tag: BinaryCoder.Tag, _ body: (inout ByteWriter) -> Void) {
    var writer = ByteWriter()
    writer.write(unsigned: UInt64(tag.rawValue))
    body(&writer)
    content = .scalar(writer.bytes)
  }
}

private struct NodeEncoder: Encoder {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    node.markKeyed()
    return KeyedEncodingContainer(KeyedNodeEncoder<Key>(node: node, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    node.markUnkeyed()
    return UnkeyedNodeEncoder(node: node, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleNodeEncoder(node: node, codingPath: codingPath)
  }
}

/// Encodes a value into `node`, with the scalar types written directly rather than through their conformances.
private func encodeValue(_ value: some Encodable, into node: EncodingNode, codingPath: [any CodingKey]) throws {
  var single = SingleNodeEncoder(node: node, codingPath: codingPath)
  try single.encode(value)
}

private struct KeyedNodeEncoder<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil(forKey key: Key) throws {
    _ = node.addEntry(key.stringValue)
  }

  mutating func encode(_ value: some Encodable, forKey key: Key) throws {
    try encodeValue(value, into: node.addEntry(key.stringValue), codingPath: codingPath)
  }

  // Absent optionals are stored as nil, so every key of a type is always present and decoding never guesses.
  mutating func encodeIfPresent(_ value: (some Encodable)?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try encodeOptional(value, key) }
  mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try encodeOptional(value, key) }

  private mutating func encodeOptional(_ value: (some Encodable)?, _ key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(
    keyedBy keyType: NestedKey.Type, forKey key: Key
  ) -> KeyedEncodingContainer<NestedKey> {
    let child = node.addEntry(key.stringValue)
    child.markKeyed()
    return KeyedEncodingContainer(KeyedNodeEncoder<NestedKey>(node: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let child = node.addEntry(key.stringValue)
    child.markUnkeyed()
    return UnkeyedNodeEncoder(node: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.addEntry("super"), codingPath: codingPath)
  }

  mutating func superEncoder(forKey key: Key) -> any Encoder {
    NodeEncoder(node: node.addEntry(key.stringValue), codingPath: codingPath)
  }
}

private struct UnkeyedNodeEncoder: UnkeyedEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]
  var count: Int {
    if case .unkeyed(let elements) = node.content { return elements.count }
    return 0
  }

  mutating func encodeNil() throws {
    _ = node.addElement()
  }

  mutating func encode(_ value: some Encodable) throws {
    try encodeValue(value, into: node.addElement(), codingPath: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
    NestedKey
  > {
    let child = node.addElement()
    child.markKeyed()
    return KeyedEncodingContainer(KeyedNodeEncoder<NestedKey>(node: child, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let child = node.addElement()
    child.markUnkeyed()
    return UnkeyedNodeEncoder(node: child, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder {
    NodeEncoder(node: node.addElement(), codingPath: codingPath)
  }
}

private struct SingleNodeEncoder: SingleValueEncodingContainer {
  let node: EncodingNode
  let codingPath: [any CodingKey]

  mutating func encodeNil() throws { node.content = .empty }
  mutating func encode(_ value: Bool) throws { node.setScalar(.bool) { $0.write(value) } }
  mutating func encode(_ value: String) throws { node.setScalar(.string) { $0.write(value) } }
  mutating func encode(_ value: Double) throws { node.setScalar(.double) { $0.write(value) } }
  mutating func encode(_ value: Float) throws { try encode(Double(value)) }
  mutating func encode(_ value: Int) throws { node.setScalar(.int) { $0.write(value) } }
  mutating func encode(_ value: Int8) throws { try encode(Int(value)) }
  mutating func encode(_ value: Int16) throws { try encode(Int(value)) }
  mutating func encode(_ value: Int32) throws { try encode(Int(value)) }
  mutating func encode(_ value: Int64) throws { try encode(Int(value)) }
  mutating func encode(_ value: UInt) throws { try encode(UInt64(value)) }
  mutating func encode(_ value: UInt8) throws { try encode(UInt64(value)) }
  mutating func encode(_ value: UInt16) throws { try encode(UInt64(value)) }
  mutating func encode(_ value: UInt32) throws { try encode(UInt64(value)) }
  mutating func encode(_ value: UInt64) throws { node.setScalar(.unsigned) { $0.write(unsigned: value) } }

  mutating func encode(_ value: some Encodable) throws {
    switch value {
    case let value as String: try encode(value)
    case let value as Int: try encode(value)
    case let value as Double: try encode(value)
    case let value as Bool: try encode(value)
    default: try value.encode(to: NodeEncoder(node: node, codingPath: codingPath))
    }
  }
}

// MARK: - Decoding

/// The bytes being decoded, shared by every decoder made while reading them.
private final class DecodingBytes {
  let bytes: [UInt8]
  init(_ bytes: [UInt8]) { self.bytes = bytes }

  /// The varint at `offset` (before `end`) and the offset after it.
  func unsigned(at offset: Int, end: Int) -> (UInt64, Int)? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    var index = offset
    while index < end, shift < 64 {
      let byte = bytes[index]
      index += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return (value, index) }
      shift += 7
    }
    return nil
  }

  /// A length at `offset` that fits before `end`, and the offset after it.
  func length(at offset: Int, end: Int) -> (Int, Int)? {
    guard let (raw, next) = unsigned(at: offset, end: end), raw <= UInt64(end - next) else { return nil }
    return (Int(raw), next)
  }
}

/// A decoder over one value: `storage.bytes[start..<end]`, tag first.
private struct SliceDecoder: Decoder {
  let storage: DecodingBytes
  let start: Int
  let end: Int
  let codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func tag() throws -> BinaryCoder.Tag {
    guard start < end, let tag = BinaryCoder.Tag(rawValue: storage.bytes[start]) else {
      throw BinaryCoder.mismatch(codingPath, "no value")
    }
    return tag
  }

  /// The payload of a value that must have `expected` as its tag.
  func payload(_ expected: BinaryCoder.Tag) throws -> Int {
    guard try tag() == expected else { throw BinaryCoder.mismatch(codingPath, "expected \(expected)") }
    return start + 1
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    let offset = try payload(.keyed)
    guard let (count, first) = storage.length(at: offset, end: end) else {
      throw BinaryCoder.mismatch(codingPath, "bad container")
    }
    return KeyedDecodingContainer(
      KeyedSliceDecoder<Key>(storage: storage, count: count, first: first, end: end, codingPath: codingPath))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    let offset = try payload(.unkeyed)
    guard let (count, first) = storage.length(at: offset, end: end) else {
      throw BinaryCoder.mismatch(codingPath, "bad container")
    }
    return UnkeyedSliceDecoder(storage: storage, total: count, cursor: first, end: end, codingPath: codingPath)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  /// Decodes `T`, reading the common scalar types directly.
  func decodeValue<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == String.self { return try decode(String.self) as! T }
    if T.self == Int.self { return try decode(Int.self) as! T }
    if T.self == Double.self { return try decode(Double.self) as! T }
    if T.self == Bool.self { return try decode(Bool.self) as! T }
    return try T(from: self)
  }
}

extension SliceDecoder: SingleValueDecodingContainer {
  func decodeNil() -> Bool { (try? tag()) == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    let offset = try payload(.bool)
    guard offset + 1 == end, storage.bytes[offset] <= 1 else { throw BinaryCoder.mismatch(codingPath, "bad Bool") }
    return storage.bytes[offset] == 1
  }

  func decode(_ type: String.Type) throws -> String {
    let offset = try payload(.string)
    guard let (count, first) = storage.length(at: offset, end: end), first + count == end,
      let text = String(validating: storage.bytes[first..<end], as: UTF8.self)
    else { throw BinaryCoder.mismatch(codingPath, "bad String") }
    return text
  }

  func decode(_ type: Double.Type) throws -> Double {
    let offset = try payload(.double)
    guard end - offset == 8 else { throw BinaryCoder.mismatch(codingPath, "bad Double") }
    var bits: UInt64 = 0
    for index in 0..<8 { bits |= UInt64(storage.bytes[offset + index]) << UInt64(index * 8) }
    return Double(bitPattern: bits)
  }

  func decode(_ type: Float.Type) throws -> Float {
    let value = try decode(Double.self)
    guard let exact = Float(exactly: value) ?? (value.isNaN ? Float.nan : nil) else {
      throw BinaryCoder.mismatch(codingPath, "bad Float")
    }
    return exact
  }

  func decode(_ type: Int.Type) throws -> Int {
    let offset = try payload(.int)
    guard let (raw, next) = storage.unsigned(at: offset, end: end), next == end else {
      throw BinaryCoder.mismatch(codingPath, "bad Int")
    }
    return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
  }

  func decode(_ type: UInt64.Type) throws -> UInt64 {
    let offset = try payload(.unsigned)
    guard let (raw, next) = storage.unsigned(at: offset, end: end), next == end else {
      throw BinaryCoder.mismatch(codingPath, "bad UInt")
    }
    return raw
  }

  func decode(_ type: Int8.Type) throws -> Int8 { try narrow(decode(Int.self)) }
  func decode(_ type: Int16.Type) throws -> Int16 { try narrow(decode(Int.self)) }
  func decode(_ type: Int32.Type) throws -> Int32 { try narrow(decode(Int.self)) }
  func decode(_ type: Int64.Type) throws -> Int64 { try narrow(decode(Int.self)) }
  func decode(_ type: UInt.Type) throws -> UInt { try narrow(decode(UInt64.self)) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try narrow(decode(UInt64.self)) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try narrow(decode(UInt64.self)) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try narrow(decode(UInt64.self)) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try decodeValue(T.self) }

  private func narrow<Wide: BinaryInteger, Narrow: BinaryInteger>(_ value: Wide) throws -> Narrow {
    guard let exact = Narrow(exactly: value) else { throw BinaryCoder.mismatch(codingPath, "number out of range") }
    return exact
  }
}

/// Where a keyed container's next entry starts, shared by copies of the container (its methods do not mutate).
private final class KeyPosition {
  var offset: Int
  var index = 0
  init(offset: Int) { self.offset = offset }
}

private struct KeyedSliceDecoder<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let storage: DecodingBytes
  let count: Int
  /// The offset of the first entry.
  let first: Int
  let end: Int
  let codingPath: [any CodingKey]
  /// Where the entry after the last one found starts, and its index: types decode their keys in the order they
  /// encoded them, so the next key asked for is almost always the next one stored.
  private let position: KeyPosition
  private var cursor: (offset: Int, index: Int) {
    get { (position.offset, position.index) }
    nonmutating set { (position.offset, position.index) = newValue }
  }

  init(storage: DecodingBytes, count: Int, first: Int, end: Int, codingPath: [any CodingKey]) {
    self.storage = storage
    self.count = count
    self.first = first
    self.end = end
    self.codingPath = codingPath
    position = KeyPosition(offset: first)
  }

  /// The entry at `offset`: its key's byte range and its value's range, and where the next entry starts.
  private func entry(at offset: Int) -> (key: Range<Int>, value: Range<Int>)? {
    guard let (keyLength, keyStart) = storage.length(at: offset, end: end),
      let (valueLength, valueStart) = storage.length(at: keyStart + keyLength, end: end)
    else { return nil }
    return (keyStart..<keyStart + keyLength, valueStart..<valueStart + valueLength)
  }

  private func matches(_ range: Range<Int>, _ key: String) -> Bool {
    var key = key
    return key.withUTF8 { utf8 in
      utf8.count == range.count
        && storage.bytes.withUnsafeBufferPointer { bytes in
          memcmp(bytes.baseAddress! + range.lowerBound, utf8.baseAddress!, range.count) == 0
        }
    }
  }

  /// The value stored under `key`, trying the next entry first and then every entry.
  private func find(_ key: Key) -> Range<Int>? {
    let name = key.stringValue
    if cursor.index < count, let found = entry(at: cursor.offset), matches(found.key, name) {
      return found.value
    }
    var offset = first
    for _ in 0..<count {
      guard let found = entry(at: offset) else { return nil }
      if matches(found.key, name) { return found.value }
      offset = found.value.upperBound
    }
    return nil
  }

  private func value(for key: Key) throws -> SliceDecoder {
    guard let range = find(key) else {
      throw DecodingError.keyNotFound(
        key, DecodingError.Context(codingPath: codingPath, debugDescription: "no entry"))
    }
    if cursor.index < count, let next = entry(at: cursor.offset), next.value == range {
      cursor = (range.upperBound, cursor.index + 1)
    }
    return SliceDecoder(
      storage: storage, start: range.lowerBound, end: range.upperBound, codingPath: codingPath)
  }

  var allKeys: [Key] {
    var keys: [Key] = []
    var offset = first
    for _ in 0..<count {
      guard let found = entry(at: offset),
        let name = String(validating: storage.bytes[found.key], as: UTF8.self), let key = Key(stringValue: name)
      else { return keys }
      keys.append(key)
      offset = found.value.upperBound
    }
    return keys
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool {
    let decoder = try value(for: key)
    // Only a nil is consumed here: a value that is present is read next by `decode`, at the same entry.
    if decoder.decodeNil() { return true }
    cursor = (first, 0)
    return false
  }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
    try value(for: key).decodeValue(T.self)
  }
  func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try value(for: key).decode(Bool.self) }
  func decode(_ type: String.Type, forKey key: Key) throws -> String { try value(for: key).decode(String.self) }
  func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try value(for: key).decode(Double.self) }
  func decode(_ type: Float.Type, forKey key: Key) throws -> Float { try value(for: key).decode(Float.self) }
  func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try value(for: key).decode(Int.self) }
  func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { try value(for: key).decode(Int8.self) }
  func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { try value(for: key).decode(Int16.self) }
  func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try value(for: key).decode(Int32.self) }
  func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try value(for: key).decode(Int64.self) }
  func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { try value(for: key).decode(UInt.self) }
  func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { try value(for: key).decode(UInt8.self) }
  func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { try value(for: key).decode(UInt16.self) }
  func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { try value(for: key).decode(UInt32.self) }
  func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try value(for: key).decode(UInt64.self) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    let decoder = try value(for: key)
    return decoder.decodeNil() ? nil : try decoder.decodeValue(T.self)
  }

  func nestedContainer<NestedKey: CodingKey>(
    keyedBy type: NestedKey.Type, forKey key: Key
  ) throws -> KeyedDecodingContainer<NestedKey> {
    try value(for: key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
    try value(for: key).unkeyedContainer()
  }

  func superDecoder() throws -> any Decoder {
    guard let key = Key(stringValue: "super") else { throw BinaryCoder.mismatch(codingPath, "no super") }
    return try value(for: key)
  }

  func superDecoder(forKey key: Key) throws -> any Decoder { try value(for: key) }
}

private struct UnkeyedSliceDecoder: UnkeyedDecodingContainer {
  let storage: DecodingBytes
  let total: Int
  var cursor: Int
  let end: Int
  let codingPath: [any CodingKey]
  var currentIndex = 0

  init(storage: DecodingBytes, total: Int, cursor: Int, end: Int, codingPath: [any CodingKey]) {
    self.storage = storage
    self.total = total
    self.cursor = cursor
    self.end = end
    self.codingPath = codingPath
  }

  var count: Int? { total }
  var isAtEnd: Bool { currentIndex >= total }

  private func peek() throws -> SliceDecoder {
    guard !isAtEnd, let (length, start) = storage.length(at: cursor, end: end) else {
      throw BinaryCoder.mismatch(codingPath, "past the end")
    }
    return SliceDecoder(storage: storage, start: start, end: start + length, codingPath: codingPath)
  }

  private mutating func next() throws -> SliceDecoder {
    let decoder = try peek()
    cursor = decoder.end
    currentIndex += 1
    return decoder
  }

  mutating func decodeNil() throws -> Bool {
    guard try peek().decodeNil() else { return false }
    _ = try next()
    return true
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().decodeValue(T.self) }
  mutating func decode(_ type: Bool.Type) throws -> Bool { try next().decode(Bool.self) }
  mutating func decode(_ type: String.Type) throws -> String { try next().decode(String.self) }
  mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(Double.self) }
  mutating func decode(_ type: Float.Type) throws -> Float { try next().decode(Float.self) }
  mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(Int.self) }
  mutating func decode(_ type: Int8.Type) throws -> Int8 { try next().decode(Int8.self) }
  mutating func decode(_ type: Int16.Type) throws -> Int16 { try next().decode(Int16.self) }
  mutating func decode(_ type: Int32.Type) throws -> Int32 { try next().decode(Int32.self) }
  mutating func decode(_ type: Int64.Type) throws -> Int64 { try next().decode(Int64.self) }
  mutating func decode(_ type: UInt.Type) throws -> UInt { try next().decode(UInt.self) }
  mutating func decode(_ type: UInt8.Type) throws -> UInt8 { try next().decode(UInt8.self) }
  mutating func decode(_ type: UInt16.Type) throws -> UInt16 { try next().decode(UInt16.self) }
  mutating func decode(_ type: UInt32.Type) throws -> UInt32 { try next().decode(UInt32.self) }
  mutating func decode(_ type: UInt64.Type) throws -> UInt64 { try next().decode(UInt64.self) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<
    NestedKey
  > {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
    try next().unkeyedContainer()
  }

  mutating func superDecoder() throws -> any Decoder { try next() }
}
