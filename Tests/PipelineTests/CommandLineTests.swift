import Foundation
import Testing

@testable import DocbuildCLI

@Test(
  arguments: [
    (["--jobs", "0"], Int32(2)), (["check", "--jobs", "-3"], 2), (["check", "--no-such-flag"], 2),
    (["publish"], 2), (["check", "--content", "/nonexistent/docbuild/content"], 2),
    (["build", "--content", "/nonexistent/docbuild/content", "--quiet"], 2), (["--help"], 0), (["fix", "--help"], 0),
  ] as [([String], Int32)])
func exitStatusSaysWhetherTheCommandCouldRun(arguments: [String], status: Int32) {
  #expect(Docbuild.main(arguments) == status)
}

@Test func anEmptyBookChecksClean() throws {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("docbuild-empty-\(UUID().uuidString)")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(Docbuild.main(["check", "--content", folder.path, "--quiet"]) == 0)
}

@Test func progressAndSummaryLinesReadAsSpecified() {
  let style = Style(enabled: false)
  #expect(
    Report.progressLine(.init(path: "content/01-a.md", snippets: 9, problems: 0), style: style)
      == "ok   content/01-a.md  9 snippets\n")
  #expect(
    Report.progressLine(.init(path: "content/02-b.md", snippets: 1, problems: 2), style: style)
      == "FAIL content/02-b.md  1 snippet, 2 snippet problems\n")
}
