/// Appends integers, byte strings and text to a byte array in a compact form: what the run cache and the book
/// manifest are written in. Integers are LEB128 varints (zig-zag for signed ones); strings are a length and UTF-8.
struct ByteWriter {
  /// The bytes written so far.
  private(set) var bytes: [UInt8] = []

  /// Appends an unsigned integer as a varint.
  mutating func write(unsigned value: UInt64) {
    var value = value
    while value >= 0x80 {
      bytes.append(UInt8(truncatingIfNeeded: value) | 0x80)
      value >>= 7
    }
    bytes.append(UInt8(value))
  }

  /// Appends a signed integer, zig-zag encoded so small negative numbers stay short.
  mutating func write(_ value: Int) {
    let signed = Int64(value)
    write(unsigned: UInt64(bitPattern: (signed << 1) ^ (signed >> 63)))
  }

  /// Appends a Boolean as one byte.
  mutating func write(_ value: Bool) {
    bytes.append(value ? 1 : 0)
  }

  /// Appends a Double's exact bits.
  mutating func write(_ value: Double) {
    write(fixed: value.bitPattern)
  }

  /// Appends eight bytes, little-endian.
  mutating func write(fixed value: UInt64) {
    for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
  }

  /// Appends bytes as they are, without a length.
  mutating func append(_ more: [UInt8]) {
    bytes += more
  }

  /// Appends a length and the bytes.
  mutating func write(bytes value: [UInt8]) {
    write(unsigned: UInt64(value.count))
    bytes += value
  }

  /// Appends a length and the UTF-8 of `value`.
  mutating func write(_ value: String) {
    var value = value
    value.withUTF8 { utf8 in
      write(unsigned: UInt64(utf8.count))
      bytes.append(contentsOf: utf8)
    }
  }
}

/// Reads what `ByteWriter` wrote. Every read checks the bounds and fails (returns nil) on bytes that end early or
/// claim a length they do not have, so a corrupt file is a miss, never a crash or a huge allocation.
struct ByteReader {
  private let bytes: [UInt8]
  private var offset = 0

  /// A reader at the start of `bytes`.
  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  /// True when every byte was read.
  var isAtEnd: Bool { offset == bytes.count }

  /// The next varint, or nil when it is cut off or longer than 64 bits.
  mutating func readUnsigned() -> UInt64? {
    var value: UInt64 = 0
    var shift: UInt64 = 0
    while offset < bytes.count, shift < 64 {
      let byte = bytes[offset]
      offset += 1
      value |= UInt64(byte & 0x7F) << shift
      if byte < 0x80 { return value }
      shift += 7
    }
    return nil
  }

  /// The next zig-zag integer.
  mutating func readInt() -> Int? {
    guard let raw = readUnsigned() else { return nil }
    return Int(truncatingIfNeeded: Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1))))
  }

  /// A count of things that follow, each taking at least one byte: nil when more are claimed than bytes remain.
  mutating func readCount() -> Int? {
    guard let raw = readUnsigned(), raw <= UInt64(bytes.count - offset) else { return nil }
    return Int(raw)
  }

  /// The next Boolean; nil for any byte but 0 or 1.
  mutating func readBool() -> Bool? {
    guard offset < bytes.count, bytes[offset] <= 1 else { return nil }
    offset += 1
    return bytes[offset - 1] == 1
  }

  /// The next eight little-endian bytes.
  mutating func readFixed() -> UInt64? {
    guard bytes.count - offset >= 8 else { return nil }
    var value: UInt64 = 0
    for index in 0..<8 { value |= UInt64(bytes[offset + index]) << UInt64(index * 8) }
    offset += 8
    return value
  }

  /// The next Double.
  mutating func readDouble() -> Double? {
    readFixed().map(Double.init(bitPattern:))
  }

  /// The next length-prefixed bytes.
  mutating func readBytes() -> [UInt8]? {
    guard let count = readCount() else { return nil }
    defer { offset += count }
    return Array(bytes[offset..<offset + count])
  }

  /// The next length-prefixed string; nil when it is not UTF-8.
  mutating func readString() -> String? {
    guard let count = readCount() else { return nil }
    defer { offset += count }
    return String(validating: bytes[offset..<offset + count], as: UTF8.self)
  }
}
