import Foundation
import Testing

@testable import Site

/// The folder of the image fixtures (`make_image_fixtures.py` writes them and `sizes.json`).
private let imageFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .appendingPathComponent("Fixtures/Images")

/// Each fixture's size as Pillow reads it (nil: the SVG declares no pixel size).
private let expectedSizes: [String: [Int]?] = {
  let data = (try? Data(contentsOf: imageFixtures.appendingPathComponent("sizes.json"))) ?? Data()
  return (try? JSONDecoder().decode([String: [Int]?].self, from: data)) ?? [:]
}()

private func fixture(_ name: String) throws -> [UInt8] {
  [UInt8](try Data(contentsOf: imageFixtures.appendingPathComponent(name)))
}

@Test func theFixturesAreAllThere() {
  #expect(expectedSizes.count == 8)
}

@Test(arguments: expectedSizes.keys.sorted())
func sizesMatchWhatPillowReads(name: String) throws {
  let size = ImageSize.read(try fixture(name))
  let expected = expectedSizes[name]!
  #expect(size.map { [$0.width, $0.height] } == expected)
}

/// Every prefix of every fixture, and each with one byte flipped at every position: never a crash, and a size only
/// when the header that holds it is complete.
@Test(arguments: expectedSizes.keys.sorted())
func truncatedAndCorruptedHeadersNeverCrash(name: String) throws {
  let bytes = try fixture(name)
  for length in 0..<bytes.count {
    let size = ImageSize.read(Array(bytes[..<length]))
    if let size, let expected = expectedSizes[name]!, !name.hasSuffix(".svg") {
      #expect([size.width, size.height] == expected, "prefix of \(length) bytes")
    }
  }
  for index in bytes.indices {
    var corrupted = bytes
    corrupted[index] ^= 0xFF
    _ = ImageSize.read(corrupted)
  }
}

@Test func aJPEGWhoseSegmentLengthsLoopIsRefused() {
  // A segment of length 0 would never move the walk forward.
  #expect(ImageSize.read([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x00, 0xFF, 0xC0]) == nil)
  #expect(ImageSize.read([0xFF, 0xD8] + Array(repeating: 0xFF, count: 100_000)) == nil)
}

@Test func zeroAndHugeSizesCountAsUnknown() {
  let header: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
  #expect(ImageSize.read(header + [0, 0, 0, 0, 0, 0, 0, 5]) == nil)
  #expect(ImageSize.read(header + [0x7F, 0xFF, 0xFF, 0xFF, 0, 0, 0, 5]) == nil)
  #expect(ImageSize.read(header + [0, 0, 1, 0, 0, 0, 0, 5]) == ImageSize(width: 256, height: 5))
  #expect(ImageSize.read(Array(#"<svg width="1e309" height="5">"#.utf8)) == nil)
  #expect(ImageSize.read(Array(#"<svg width="-4" height="5">"#.utf8)) == nil)
  #expect(ImageSize.read(Array(#"<html><svg width="4" height="5">"#.utf8)) == nil)
}
