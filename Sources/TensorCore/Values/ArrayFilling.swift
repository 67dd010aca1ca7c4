extension Array {
  /// `count` copies of `value`, as `Array(repeating:count:)` makes them, but allocated through the specialised
  /// `reserveCapacity`: on this toolchain `Array(repeating:count:)` (and `init(unsafeUninitializedCapacity:)`) call
  /// the standard library's unspecialised allocator, which looks the storage class's metadata up in a hash table
  /// at every call, about 400 instructions, more than a small gradient's arithmetic.
  @inline(__always)
  public static func filled(_ value: Element, count: Int) -> [Element] {
    var result: [Element] = []
    result.reserveCapacity(count)
    result.append(contentsOf: repeatElement(value, count: count))
    return result
  }
}

extension Array {
  /// `count` elements, each written once by `write` through the pointer to the first (with `initialize(to:)`), as
  /// `init(unsafeUninitializedCapacity:)` would make them. Small arrays of plain values (no references) are
  /// allocated through `filled` first, with all-zero bytes as the placeholder, which costs less than that allocator
  /// (see `filled`); `write` then overwrites every element before any is read.
  @inline(__always)
  static func written(count: Int, _ write: (UnsafeMutablePointer<Element>) -> Void) -> [Element] {
    guard count > 0 else { return [] }
    if count <= 4096 && _isPOD(Element.self) {
      let placeholder = withUnsafeTemporaryAllocation(of: Element.self, capacity: 1) { slot in
        UnsafeMutableRawPointer(slot.baseAddress!).initializeMemory(
          as: UInt8.self, repeating: 0, count: MemoryLayout<Element>.size)
        return slot.baseAddress!.pointee
      }
      var result = filled(placeholder, count: count)
      result.withUnsafeMutableBufferPointer { write($0.baseAddress!) }
      return result
    }
    return [Element](unsafeUninitializedCapacity: count) { out, initialized in
      write(out.baseAddress!)
      initialized = count
    }
  }
}
