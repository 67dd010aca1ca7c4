import Foundation
import TestSupport
import Testing

@testable import MathML

/// Golden MathML for every construct; `DOCBUILD_RECORD=1 swift test --filter MathMLTests` rewrites
/// `Golden/formulas.mathml` from the inputs in `Golden/formulas.tex` and fails on purpose so a recording never passes.
@Suite struct GoldenTests {
  static let recording = Golden.isRecording

  @Test func expectedFileMatchesTheInputs() throws {
    let inputs = try GoldenCase.read(GoldenCase.inputURL)
    #expect(inputs.count > 50)
    if Golden.shouldRecord() {
      var recorded: [GoldenCase] = []
      for input in inputs {
        var output = input
        do {
          output.body = try MathML.render(tex: input.body, display: input.display)
        } catch {
          output.body = "error at \(error.offset): \(error.message)"
        }
        recorded.append(output)
      }
      try GoldenCase.write(recorded, to: GoldenCase.expectedURL)
      Issue.record(
        "recorded \(recorded.count) golden formulas; review the diff, then run again without DOCBUILD_RECORD")
      return
    }
    let expected = try GoldenCase.read(GoldenCase.expectedURL)
    #expect(expected.map(\.name) == inputs.map(\.name))
    #expect(expected.map(\.display) == inputs.map(\.display))
  }

  @Test(arguments: GoldenCase.inputs)
  func rendersAsReviewed(_ input: GoldenCase) throws {
    let output = try MathML.render(tex: input.body, display: input.display)
    #expect(WellFormedXML.check(output) == nil)
    // While recording, the expected file is being rewritten by the test above.
    if Self.recording { return }
    let expected = try #require(try GoldenCase.read(GoldenCase.expectedURL).first { $0.name == input.name })
    #expect(output == expected.body)
  }
}
