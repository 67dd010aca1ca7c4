import Foundation
import Testing

@testable import Pipeline

/// A transcript whose expected outputs are stale or missing; the right outputs are NumPy's (checked by
/// Golden/book/verify_with_numpy.py on the fixed form).
let staleTranscript = [
  ">>> import numpy as np", ">>> a = np.arange(3)", ">>> a * 2", "array([0, 2, 5])", ">>> a.shape", ">>> a.sum()",
  "np.int64(99)", "np.int64(100)", "", ">>> print(np.ones((2, 2)))", "[[1. 1.]",
]

/// The transcript as NumPy prints it: the lines of Golden/fix/numpy-transcript.md's block, which
/// Golden/book/verify_with_numpy.py checks against NumPy.
let numpyTranscript: [String] = {
  let url = goldenDirectory.appendingPathComponent("fix/numpy-transcript.md")
  let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
  return Array(text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst().dropLast(2).map(String.init))
}()

/// Fix round trips on awkward files: broken → fixed → checks clean → a second fix changes nothing.
@Suite
struct FixRoundTripTests {
  @Test(arguments: fileShapes)
  func fixRoundTrips(_ shape: FileShape) throws {
    let folder = try temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: folder) }
    let content = folder.appendingPathComponent("content")
    try writeFiles(["01-fix.md": shape.file(staleTranscript)], under: content)
    let options = PipelineOptions(
      contentDirectory: content.path, outputDirectory: folder.appendingPathComponent("site").path, jobs: 1,
      workingDirectory: folder.path)
    #expect(try !Pipeline.check(options).diagnostics.isEmpty)
    let fixed = try Pipeline.fix(options)
    #expect(fixed.rewrittenPaths == ["content/01-fix.md"])
    #expect(fixed.diagnostics.isEmpty)
    let file = content.appendingPathComponent("01-fix.md")
    #expect(try [UInt8](Data(contentsOf: file)) == shape.file(numpyTranscript))
    #expect(try Pipeline.check(options).diagnostics.isEmpty)
    let again = try Pipeline.fix(options)
    #expect(again.rewrittenPaths.isEmpty)
    #expect(try [UInt8](Data(contentsOf: file)) == shape.file(numpyTranscript))
    #expect(try FileManager.default.contentsOfDirectory(atPath: content.path) == ["01-fix.md"])
  }
}
