/// A minimal PNG writer for the large images `imshow` draws as one raster: 8-bit RGBA, no interlacing, each row
/// unfiltered, compressed by deflate's fixed-Huffman blocks over a greedy LZ77 search (RFC 1950, 1951; the PNG
/// specification, ISO/IEC 15948). Every step is fixed, so the same pixels give the same bytes on every machine.
enum PNGEncoder {
  /// The PNG file for `pixels`, `width × height` RGBA quadruples in row-major order from the top row.
  static func encode(width: Int, height: Int, rgba pixels: [UInt8]) -> [UInt8] {
    precondition(pixels.count == width * height * 4)
    var raw: [UInt8] = []
    raw.reserveCapacity(height * (width * 4 + 1))
    for row in 0..<height {
      raw.append(0)  // filter type None
      raw += pixels[(row * width * 4)..<((row + 1) * width * 4)]
    }
    var file: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    var header: [UInt8] = []
    header += bigEndian(UInt32(width))
    header += bigEndian(UInt32(height))
    header += [8, 6, 0, 0, 0]  // bit depth 8, colour type RGBA, deflate, adaptive filtering, no interlace
    chunk("IHDR", header, into: &file)
    chunk("IDAT", zlib(raw), into: &file)
    chunk("IEND", [], into: &file)
    return file
  }

  /// The standard Base64 text of `bytes`, for a `data:` URL.
  static func base64(_ bytes: [UInt8]) -> String {
    let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
    var text: [UInt8] = []
    text.reserveCapacity((bytes.count + 2) / 3 * 4)
    var index = 0
    while index < bytes.count {
      let count = min(3, bytes.count - index)
      var group = UInt32(bytes[index]) << 16
      if count > 1 { group |= UInt32(bytes[index + 1]) << 8 }
      if count > 2 { group |= UInt32(bytes[index + 2]) }
      for position in 0..<4 {
        text.append(position <= count ? alphabet[Int((group >> (18 - 6 * UInt32(position))) & 63)] : UInt8(ascii: "="))
      }
      index += 3
    }
    return String(decoding: text, as: UTF8.self)
  }

  private static func bigEndian(_ value: UInt32) -> [UInt8] {
    [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
  }

  private static func chunk(_ type: String, _ data: [UInt8], into file: inout [UInt8]) {
    let typeBytes = Array(type.utf8)
    file += bigEndian(UInt32(data.count))
    file += typeBytes
    file += data
    file += bigEndian(crc32(typeBytes + data))
  }

  /// CRC-32 (polynomial 0xEDB88320, reflected), as PNG chunks carry it.
  static func crc32(_ bytes: [UInt8]) -> UInt32 {
    var crc: UInt32 = 0xFFFF_FFFF
    for byte in bytes { crc = crcTable[Int((crc ^ UInt32(byte)) & 0xFF)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
  }

  private static let crcTable: [UInt32] = (0..<256).map { index in
    var value = UInt32(index)
    for _ in 0..<8 { value = value & 1 == 1 ? 0xEDB8_8320 ^ (value >> 1) : value >> 1 }
    return value
  }

  /// A zlib stream: header, one final fixed-Huffman deflate block, Adler-32 of the data.
  static func zlib(_ data: [UInt8]) -> [UInt8] {
    var bits = BitWriter()
    bits.bytes = [0x78, 0x01]  // deflate, 32 KiB window, no dictionary, fastest level
    bits.write(1, count: 1)  // final block
    bits.write(1, count: 2)  // fixed Huffman codes
    let minimumMatch = 3
    let maximumMatch = 258
    let window = 32_768
    var head = [Int](repeating: -1, count: 1 << 15)
    var index = 0
    func hash(_ position: Int) -> Int {
      (Int(data[position]) << 10 ^ Int(data[position + 1]) << 5 ^ Int(data[position + 2])) & 0x7FFF
    }
    while index < data.count {
      var length = 0
      var distance = 0
      if index + minimumMatch <= data.count {
        let key = hash(index)
        let candidate = head[key]
        head[key] = index
        if candidate >= 0, index - candidate <= window {
          let limit = min(maximumMatch, data.count - index)
          var matched = 0
          while matched < limit, data[candidate + matched] == data[index + matched] { matched += 1 }
          if matched >= minimumMatch {
            length = matched
            distance = index - candidate
          }
        }
      }
      if length == 0 {
        bits.literal(Int(data[index]))
        index += 1
        continue
      }
      bits.match(length: length, distance: distance)
      // Later positions inside the match join the hash chain's heads, so runs keep finding themselves.
      let end = index + length
      index += 1
      while index < end {
        if index + minimumMatch <= data.count { head[hash(index)] = index }
        index += 1
      }
    }
    bits.literal(256)  // end of block
    bits.flush()
    var a: UInt32 = 1
    var b: UInt32 = 0
    for byte in data {
      a = (a + UInt32(byte)) % 65_521
      b = (b + a) % 65_521
    }
    return bits.bytes + bigEndian(b << 16 | a)
  }

  /// Deflate's bit order: values least significant bit first, Huffman codes most significant bit first.
  private struct BitWriter {
    var bytes: [UInt8] = []
    private var buffer: UInt32 = 0
    private var used: UInt32 = 0

    mutating func write(_ value: Int, count: Int) {
      buffer |= UInt32(value) << used
      used += UInt32(count)
      while used >= 8 {
        bytes.append(UInt8(buffer & 0xFF))
        buffer >>= 8
        used -= 8
      }
    }

    /// A Huffman code of `count` bits, sent most significant bit first.
    mutating func code(_ value: Int, count: Int) {
      var reversed = 0
      for bit in 0..<count where value & (1 << bit) != 0 { reversed |= 1 << (count - 1 - bit) }
      write(reversed, count: count)
    }

    /// A literal byte or the end-of-block symbol 256, in the fixed literal/length code.
    mutating func literal(_ symbol: Int) {
      switch symbol {
      case 0...143: code(0x30 + symbol, count: 8)
      case 144...255: code(0x190 + symbol - 144, count: 9)
      case 256...279: code(symbol - 256, count: 7)
      default: code(0xC0 + symbol - 280, count: 8)
      }
    }

    mutating func match(length: Int, distance: Int) {
      var symbol = 0
      for (index, base) in PNGEncoder.lengthBases.enumerated() where base <= length { symbol = index }
      literal(257 + symbol)
      let extra = PNGEncoder.lengthExtraBits[symbol]
      if extra > 0 { write(length - PNGEncoder.lengthBases[symbol], count: extra) }
      var distanceSymbol = 0
      for (index, base) in PNGEncoder.distanceBases.enumerated() where base <= distance { distanceSymbol = index }
      code(distanceSymbol, count: 5)
      let distanceExtra = PNGEncoder.distanceExtraBits[distanceSymbol]
      if distanceExtra > 0 { write(distance - PNGEncoder.distanceBases[distanceSymbol], count: distanceExtra) }
    }

    mutating func flush() {
      if used > 0 { bytes.append(UInt8(buffer & 0xFF)) }
      buffer = 0
      used = 0
    }
  }

  /// RFC 1951 §3.2.5: the first length of each length code 257…285, and its extra bits.
  static let lengthBases = [
    3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258,
  ]
  static let lengthExtraBits = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
  /// The first distance of each distance code 0…29, and its extra bits.
  static let distanceBases = [
    1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145,
    8193, 12289, 16385, 24577,
  ]
  static let distanceExtraBits = [
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
  ]
}
