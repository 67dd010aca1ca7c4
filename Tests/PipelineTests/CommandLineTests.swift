import Foundation
import Testing

@testable import DocbuildCLI
@testable import Pipeline

@Test(
  arguments: [
    (["--jobs", "0"], Int32(2)), (["check", "--jobs", "-3"], 2), (["check", "--no-such-flag"], 2),
    (["publish"], 2), (["check", "--content", "/nonexistent/docbuild/content"], 2),
    (["build", "--content", "/nonexistent/docbuild/content", "--quiet"], 2), (["--help"], 0), (["fix", "--help"], 0),
  ] as [([String], Int32)])
func exitStatusSaysWhetherTheCommandCouldRun(arguments: [String], status: Int32) {
  #expect(Docbuild.main(arguments) == status)
}

@Test(arguments: ["build", "check", "fix"])
func anEmptyContentFolderCannotRunAndLeavesTheSite(command: String) throws {
  let folder = try temporaryDirectory("docbuild-empty")
  defer { try? FileManager.default.removeItem(at: folder) }
  let content = folder.appendingPathComponent("content")
  let site = folder.appendingPathComponent("site")
  try writeFiles(["notes.txt": Array("no chapters".utf8)], under: content)
  try writeFiles(["index.html": Array("old".utf8)], under: site)
  let output = command == "build" ? ["--output", site.path] : []
  #expect(Docbuild.main([command, "--content", content.path, "--quiet"] + output) == 2)
  #expect(try readTree(site) == ["index.html": Array("old".utf8)])
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
