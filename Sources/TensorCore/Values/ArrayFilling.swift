#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension Array {
  /// `count` copies of `value`, as `Array(repeating:count:)` makes them, but allocated through the specialised
  /// `append(contentsOf:)`: on this toolchain `Array(repeating:count:)` (and `init(unsafeUninitializedCapacity:)`)
  /// call the standard library's unspecialised allocator, which looks the storage class's metadata up in a hash table
  /// at every call, about 400 instructions, more than a small gradient's arithmetic.
  @inlinable @inline(__always)
  public static func filled(_ value: Element, count: Int) -> [Element] {
    if _isPOD(Element.self) {
      // Zeros (0, +0.0, false: every byte 0) by `memset`: the element loop wrote a (10, 10) `np.zeros` 4 elements
      // a step, about 125 instructions.
      if Swift.withUnsafeBytes(of: value, { $0.allSatisfy { $0 == 0 } }) {
        return written(count: count) { first in
          _ = memset(first, 0, count * MemoryLayout<Element>.stride)
        }
      }
      return written(count: count) { $0.initialize(repeating: value, count: count) }
    }
    var result: [Element] = []
    result.reserveCapacity(count)
    result.append(contentsOf: repeatElement(value, count: count))
    return result
  }

  /// `count` elements, each written once by `write` through the pointer to the first (with `initialize(to:)`), as
  /// `init(unsafeUninitializedCapacity:)` would make them. Arrays of plain values (no references) take their storage
  /// from the specialised `append(contentsOf:)` (see `filled`) of `UnwrittenPlainValues`, which leaves it as it is, and
  /// `write` then writes every element before any is read: filling a (10, 10) result with zeros first, as this did
  /// before, cost callgrind 240 instructions.
  @inlinable @inline(__always)
  public static func written(count: Int, _ write: (UnsafeMutablePointer<Element>) -> Void) -> [Element] {
    guard count > 0 else { return [] }
    if _isPOD(Element.self) {
      var result: [Element] = []
      result.append(contentsOf: UnwrittenPlainValues(count: count))
      result.withUnsafeMutableBufferPointer { write($0.baseAddress.unsafelyUnwrapped) }
      return result
    }
    return [Element](unsafeUninitializedCapacity: count) { out, initialized in
      write(out.baseAddress!)
      initialized = count
    }
  }
}

/// `count` elements of a plain type (no references, so any bytes are a value to overwrite) that
/// `Array.append(contentsOf:)` takes without writing them: `_copyContents(initializing:)`, the hook through which the
/// standard library lets a sequence fill the storage it reserved, reports them written. Only `Array.written` uses it,
/// and writes them all before returning the array.
@usableFromInline
struct UnwrittenPlainValues<Element>: Sequence {
  /// The elements the array gains.
  @usableFromInline let count: Int

  @inlinable
  init(count: Int) { self.count = count }

  /// Nothing: `append(contentsOf:)` takes the elements through `_copyContents(initializing:)`.
  @usableFromInline
  struct Iterator: IteratorProtocol {
    @inlinable init() {}
    @inlinable mutating func next() -> Element? { nil }
  }

  @inlinable func makeIterator() -> Iterator { Iterator() }

  @inlinable var underestimatedCount: Int { count }

  @inlinable
  func _copyContents(initializing buffer: UnsafeMutableBufferPointer<Element>) -> (Iterator, Int) {
    precondition(buffer.count >= count, "UnwrittenPlainValues: the storage reserved is smaller than the count")
    return (Iterator(), count)
  }
}
