/// Positions in the texts a snippet reads by position (`text[i]`, `text[i:j]`, `len(text)`, `text.find(sub, i)`,
/// `text.startswith(prefix, i)`): Python counts a text in code points, which a Swift string reaches only by decoding
/// from its start. A loop scanning a text one position at a time decoded the whole text at every step, quadratic in
/// its length (a 40,000-character scan took 43 s, CPython 9 ms). Here a text is read in place as UTF-8, and the last
/// few long texts read keep where every 64th code point starts.
struct TextPositions {
  /// Where a text's code points start in its UTF-8 bytes.
  struct Layout {
    let text: String
    /// How many code points the text holds.
    let count: Int
    /// The byte offset of code points 0, 64, 128, …; nil for ASCII text, whose code points are its bytes.
    let checkpoints: [Int]?

    static let stride = 64

    init(_ text: String) {
      self.text = text
      var count = 0
      var checkpoints: [Int] = []
      var isASCII = true
      TextPositions.withBytes(of: text) { bytes in
        for (offset, byte) in bytes.enumerated() where byte & 0xC0 != 0x80 {
          if byte >= 0x80 { isASCII = false }
          if count % Self.stride == 0 { checkpoints.append(offset) }
          count += 1
        }
      }
      self.count = count
      self.checkpoints = isASCII ? nil : checkpoints
    }

    /// The byte offset where code point `position` (0...count) starts.
    func byteOffset(of position: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      guard let checkpoints else { return position }
      if position >= count { return bytes.count }
      var offset = checkpoints[position / Self.stride]
      for _ in 0..<(position % Self.stride) {
        offset += 1
        while bytes[offset] & 0xC0 == 0x80 { offset += 1 }
      }
      return offset
    }

    /// The code point that starts at byte `offset` (a code point boundary, 0...bytes.count).
    func position(ofByte offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
      guard let checkpoints else { return offset }
      var low = 0
      var high = checkpoints.count - 1
      while low < high {
        let middle = (low + high + 1) / 2
        if checkpoints[middle] <= offset { low = middle } else { high = middle - 1 }
      }
      var position = low * Self.stride
      for byte in bytes[checkpoints[low]..<offset] where byte & 0xC0 != 0x80 { position += 1 }
      return position
    }
  }

  private var kept: [Layout] = []
  private var nextSlot = 0
  /// How many long texts are kept: a loop comparing two texts position by position reads both at every step.
  private static let capacity = 4
  /// Texts of fewer UTF-8 bytes are laid out at each read: that is cheaper than finding them among the kept ones.
  private static let shortLength = 64

  /// `text`'s layout, made now unless it is kept.
  mutating func layout(_ text: String) -> Layout {
    if text.utf8.count < Self.shortLength { return Layout(text) }
    for layout in kept where Self.same(layout.text, text) { return layout }
    let layout = Layout(text)
    if kept.count < Self.capacity {
      kept.append(layout)
    } else {
      kept[nextSlot] = layout
      nextSlot = (nextSlot + 1) % Self.capacity
    }
    return layout
  }

  /// `len(text)`.
  mutating func count(of text: String) -> Int { layout(text).count }

  /// `text[position]`, negative positions counting from the end; nil out of range (the caller raises CPython's
  /// IndexError through the general path).
  mutating func character(of text: String, at position: Int) -> String? {
    let layout = layout(text)
    let resolved = position < 0 ? position &+ layout.count : position
    guard resolved >= 0, resolved < layout.count else { return nil }
    return Self.withBytes(of: text) { bytes in
      let start = layout.byteOffset(of: resolved, in: bytes)
      var end = start + 1
      while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
      return String(decoding: bytes[start..<end], as: UTF8.self)
    }
  }

  /// `text[start:stop:step]`, by CPython's slice rules.
  mutating func slice(of text: String, _ start: Int?, _ stop: Int?, _ step: Int?) throws(PythonError) -> String {
    let layout = layout(text)
    let (first, _, step, length) = try Indexing.resolveSlice(start, stop, step, count: layout.count)
    if length == 0 { return "" }
    return Self.withBytes(of: text) { bytes in
      if step == 1 {
        let range = layout.byteOffset(of: first, in: bytes)..<layout.byteOffset(of: first + length, in: bytes)
        return String(decoding: bytes[range], as: UTF8.self)
      }
      var picked: [UInt8] = []
      for item in 0..<length {
        let position = first + item * step
        picked += bytes[layout.byteOffset(of: position, in: bytes)..<layout.byteOffset(of: position + 1, in: bytes)]
      }
      return String(decoding: picked, as: UTF8.self)
    }
  }

  /// Where `part` first occurs (last, `fromEnd`) wholly inside code points `start..<end` of `text`, as a code point
  /// position; nil where it does not. `start` may be past `end` (nothing is found there); `end` is at most the
  /// text's length.
  mutating func find(_ part: String, in text: String, _ start: Int, _ end: Int, fromEnd: Bool = false) -> Int? {
    let layout = layout(text)
    guard start <= end else { return nil }
    return Self.withBytes(of: text) { bytes in
      let range = layout.byteOffset(of: start, in: bytes)..<layout.byteOffset(of: end, in: bytes)
      let found = Self.withBytes(of: part) { piece in
        Self.offset(of: piece, in: bytes, range, fromEnd: fromEnd)
      }
      return found.map { layout.position(ofByte: $0, in: bytes) }
    }
  }

  /// Whether code points `start..<end` of `text` start (end, `atEnd`) with `part`.
  mutating func hasAffix(_ part: String, of text: String, _ start: Int, _ end: Int, atEnd: Bool) -> Bool {
    let layout = layout(text)
    guard start <= end else { return false }
    return Self.withBytes(of: text) { bytes in
      let range = layout.byteOffset(of: start, in: bytes)..<layout.byteOffset(of: end, in: bytes)
      return Self.withBytes(of: part) { piece in
        guard piece.count <= range.count else { return false }
        let compared =
          atEnd ? bytes[(range.upperBound - piece.count)..<range.upperBound] : bytes[range.prefix(piece.count)]
        return compared.elementsEqual(piece)
      }
    }
  }

  /// How many times `part` occurs in code points `start..<end` of `text` without overlapping (`str.count`).
  mutating func occurrences(of part: String, in text: String, _ start: Int, _ end: Int) -> Int {
    let layout = layout(text)
    guard start <= end else { return 0 }
    if part.isEmpty { return end - start + 1 }
    return Self.withBytes(of: text) { bytes in
      var range = layout.byteOffset(of: start, in: bytes)..<layout.byteOffset(of: end, in: bytes)
      return Self.withBytes(of: part) { piece in
        var found = 0
        while let offset = Self.offset(of: piece, in: bytes, range) {
          found += 1
          range = (offset + piece.count)..<range.upperBound
        }
        return found
      }
    }
  }

  /// The first byte offset in `range` where `piece` occurs wholly inside it (the last, `fromEnd`). UTF-8 bytes of
  /// whole code points match only at code point boundaries, so this is Python's code point search.
  /// Knuth–Morris–Pratt, linear in the bytes looked at whatever the input; from the end, the reversed piece is
  /// matched against the text read backwards.
  static func offset(
    of piece: UnsafeBufferPointer<UInt8>, in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
    fromEnd: Bool = false
  ) -> Int? {
    if piece.isEmpty { return fromEnd ? range.upperBound : range.lowerBound }
    guard piece.count <= range.count else { return nil }
    if piece.count == 1 {
      return fromEnd ? bytes[range].lastIndex(of: piece[0]) : bytes[range].firstIndex(of: piece[0])
    }
    let last = piece.count - 1
    func pieceByte(_ index: Int) -> UInt8 { fromEnd ? piece[last - index] : piece[index] }
    let failure = failureTable(piece.count, pieceByte)
    var matched = 0
    for step in 0..<range.count {
      let offset = fromEnd ? range.upperBound - 1 - step : range.lowerBound + step
      let byte = bytes[offset]
      while matched > 0 && byte != pieceByte(matched) { matched = failure[matched - 1] }
      if byte == pieceByte(matched) { matched += 1 }
      if matched == piece.count { return fromEnd ? offset : offset - last }
    }
    return nil
  }

  /// Knuth–Morris–Pratt's table for a piece of `count` bytes read by `byte`: for each prefix, the length of its
  /// longest proper prefix that is also its suffix.
  private static func failureTable(_ count: Int, _ byte: (Int) -> UInt8) -> [Int] {
    var failure = [Int](repeating: 0, count: count)
    var matched = 0
    for index in 1..<count {
      while matched > 0 && byte(index) != byte(matched) { matched = failure[matched - 1] }
      if byte(index) == byte(matched) { matched += 1 }
      failure[index] = matched
    }
    return failure
  }

  /// Whether two texts hold the same code points: at once for the same string (the same storage) or texts of
  /// different lengths, else by their bytes. Not Swift's `==`, which compares by canonical equivalence: on text past
  /// ASCII it normalizes both sides, and comparing a 10^5-character text with a kept one that shares a long prefix
  /// took 36 µs a read.
  static func same(_ one: String, _ other: String) -> Bool {
    withBytes(of: one) { first in
      withBytes(of: other) { second in
        first.count == second.count && (first.baseAddress == second.baseAddress || first.elementsEqual(second))
      }
    }
  }

  /// `body` of a text's UTF-8 bytes, in place (a native Swift string's are contiguous); copied for any other.
  static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    return Array(text.utf8).withUnsafeBufferPointer(body)
  }
}
