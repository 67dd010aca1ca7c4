import TestSupport
import Testing

@testable import Plot

/// The PNG writer behind large `imshow` images: its checksums give the published check values, and its deflate
/// stream inflates back to the rows it was given (an inflater for fixed-Huffman blocks, RFC 1951 §3.2.6, below).
struct PNGEncoderTests {
  @Test func checksumsGiveThePublishedCheckValues() {
    // CRC-32's check value (the CRC catalogue's "123456789") and Adler-32 of "Wikipedia" (RFC 1950's algorithm).
    #expect(PNGEncoder.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
    let stream = PNGEncoder.zlib(Array("Wikipedia".utf8))
    let adler: [UInt8] = [0x11, 0xE6, 0x03, 0x98]
    #expect(Array(stream.suffix(4)) == adler)
    #expect(PNGEncoder.base64(Array("Man is".utf8)) == "TWFuIGlz")
    #expect(PNGEncoder.base64(Array("Ma".utf8)) == "TWE=")
  }

  @Test(arguments: [0, 1, 7, 300, 5000, 70_000])
  func deflateInflatesToItsInput(length: Int) throws {
    var random = SplitMix64(seed: UInt64(length))
    // Runs, repeats at every distance and noise, as image rows have.
    let data: [UInt8] = (0..<length).map { index in
      switch index % 3000 {
      case ..<1000: UInt8(index / 50 % 256)
      case ..<2000: UInt8(truncatingIfNeeded: random.next())
      default: UInt8(index % 7)
      }
    }
    let stream = PNGEncoder.zlib(data)
    let header: [UInt8] = [0x78, 0x01]
    #expect(Array(stream.prefix(2)) == header)
    let inflated = try #require(Inflater.inflateFixed(Array(stream.dropFirst(2).dropLast(4))))
    #expect(inflated == data)
  }

  @Test func aPNGHasItsSignatureHeaderAndChunkChecksums() throws {
    let pixels: [UInt8] = (0..<24).map { UInt8($0 * 10) }
    let png = PNGEncoder.encode(width: 3, height: 2, rgba: pixels)
    let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    let imageHeader: [UInt8] = [0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0]
    #expect(Array(png.prefix(8)) == signature)
    var position = 8
    var types: [String] = []
    var idat: [UInt8] = []
    while position + 12 <= png.count {
      let length: Int = png[position..<(position + 4)].reduce(0) { $0 << 8 | Int($1) }
      let typeAndData = Array(png[(position + 4)..<(position + 8 + length)])
      let crcBytes = png[(position + 8 + length)..<(position + 12 + length)]
      let crc: UInt32 = crcBytes.reduce(0) { $0 << 8 | UInt32($1) }
      #expect(PNGEncoder.crc32(typeAndData) == crc)
      let type = String(decoding: typeAndData.prefix(4), as: UTF8.self)
      types.append(type)
      if type == "IHDR" { #expect(Array(typeAndData.dropFirst(4)) == imageHeader) }
      if type == "IDAT" { idat += typeAndData.dropFirst(4) }
      position += 12 + length
    }
    #expect(types == ["IHDR", "IDAT", "IEND"])
    let rows = try #require(Inflater.inflateFixed(Array(idat.dropFirst(2).dropLast(4))))
    // Each row: filter byte 0, then its pixels.
    var expectedRows: [UInt8] = [0]
    expectedRows += pixels[0..<12]
    expectedRows.append(0)
    expectedRows += pixels[12..<24]
    #expect(rows == expectedRows)
  }
}

/// Inflates one final fixed-Huffman deflate block (what PNGEncoder writes); nil on anything else.
private enum Inflater {
  static func inflateFixed(_ bytes: [UInt8]) -> [UInt8]? {
    var position = 0
    func bit() -> Int? {
      guard position / 8 < bytes.count else { return nil }
      defer { position += 1 }
      return Int(bytes[position / 8] >> UInt8(position % 8)) & 1
    }
    func bits(_ count: Int) -> Int? {
      var value = 0
      for index in 0..<count {
        guard let next = bit() else { return nil }
        value |= next << index
      }
      return value
    }
    func code(_ count: Int) -> Int? {
      var value = 0
      for _ in 0..<count {
        guard let next = bit() else { return nil }
        value = value << 1 | next
      }
      return value
    }
    // Fixed literal/length codes: 7 bits 0…23 → 256…279, 8 bits 48…191 → 0…143 and 192…199 → 280…287,
    // 9 bits 400…511 → 144…255.
    func symbol() -> Int? {
      guard var value = code(7) else { return nil }
      if value <= 23 { return 256 + value }
      guard let eighth = bit() else { return nil }
      value = value << 1 | eighth
      if (48...191).contains(value) { return value - 48 }
      if (192...199).contains(value) { return 280 + value - 192 }
      guard let ninth = bit() else { return nil }
      value = value << 1 | ninth
      return (400...511).contains(value) ? 144 + value - 400 : nil
    }
    guard bits(1) == 1, bits(2) == 1 else { return nil }
    var output: [UInt8] = []
    while true {
      guard let next = symbol() else { return nil }
      if next < 256 {
        output.append(UInt8(next))
        continue
      }
      if next == 256 { return output }
      let index = next - 257
      guard index < PNGEncoder.lengthBases.count, let extra = bits(PNGEncoder.lengthExtraBits[index]),
        let distanceCode = code(5), distanceCode < PNGEncoder.distanceBases.count,
        let distanceExtra = bits(PNGEncoder.distanceExtraBits[distanceCode])
      else { return nil }
      let length = PNGEncoder.lengthBases[index] + extra
      let distance = PNGEncoder.distanceBases[distanceCode] + distanceExtra
      guard distance <= output.count else { return nil }
      for _ in 0..<length { output.append(output[output.count - distance]) }
    }
  }
}
