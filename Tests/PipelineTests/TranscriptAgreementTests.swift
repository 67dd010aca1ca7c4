import Foundation
import Testing

@testable import Pipeline

/// A transcript written with odd spacing, and what run and verify, `fix` and the page must all make of it. They read
/// one split of the block (the parse stage's `Transcript`); before that, the page had prompt rules of its own and
/// showed an indented `>>>` line as output while the run ran it as a statement.
struct SpacingCase: CustomTestStringConvertible, Sendable {
  var name: String
  /// The block's lines as written.
  var block: [String]
  /// What `check` reports.
  var messages: [String]
  /// The prompts the page shows, as escaped HTML, in order.
  var prompts: [String]
  /// The block's lines after `fix`.
  var fixed: [String]
  var testDescription: String { name }

  func chapter(_ lines: [String]) -> [UInt8] {
    Array((["# Spacing", "", "```tensor"] + lines + ["```", ""]).joined(separator: "\n").utf8)
  }
}

let spacingCases = [
  SpacingCase(
    name: "indented prompts", block: ["  >>> x = 2", "  >>> x * 3", "  6"], messages: [],
    prompts: ["  &gt;&gt;&gt; ", "  &gt;&gt;&gt; "], fixed: ["  >>> x = 2", "  >>> x * 3", "  6"]),
  SpacingCase(
    name: "a tab after the prompt is no prompt", block: [">>> x = 2", ">>>\tx"], messages: ["output does not match"],
    prompts: ["&gt;&gt;&gt; "], fixed: [">>> x = 2"]),
  SpacingCase(
    name: "an indented continuation", block: [">>> (1 +", "  ...  2)", "3"], messages: [],
    prompts: ["&gt;&gt;&gt; ", "  ... "], fixed: [">>> (1 +", "  ...  2)", "3"]),
]

@Test(arguments: spacingCases)
func runVerifyFixAndThePageSplitATranscriptAlike(_ spacing: SpacingCase) throws {
  let folder = try temporaryDirectory()
  defer { try? FileManager.default.removeItem(at: folder) }
  let content = folder.appendingPathComponent("content")
  try writeFiles(["01-spacing.md": spacing.chapter(spacing.block)], under: content)
  let options = PipelineOptions(
    contentDirectory: content.path, outputDirectory: folder.appendingPathComponent("site").path, jobs: 1,
    workingDirectory: folder.path)
  let checked = try Pipeline.check(options)
  #expect(checked.diagnostics.map(\.message) == spacing.messages)
  let page = String(decoding: try #require(checked.book.site?.files["spacing.html"]), as: UTF8.self)
  let prompts = page.components(separatedBy: "<span class=\"prompt\">").dropFirst().map {
    String($0.prefix { $0 != "<" })
  }
  #expect(prompts == spacing.prompts)
  _ = try Pipeline.fix(options)
  let fixed = try Data(contentsOf: content.appendingPathComponent("01-spacing.md"))
  #expect(Array(fixed) == spacing.chapter(spacing.fixed))
}
