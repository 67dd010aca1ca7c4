import Foundation
import SourceText
import Testing

@testable import Pipeline

/// Stages that run pages on several threads must give what one thread gives, in chapter order.
@Suite struct ParallelStagesTests {
  /// Twelve chapters, so every job count below has pages to share out.
  private static let chapterCount = 12

  private static func writeBook(extra: [String: [UInt8]] = [:]) throws -> URL {
    let folder = try temporaryDirectory()
    var files = extra
    files["content/index.md"] = Array("# Home\n".utf8)
    for number in 1...chapterCount {
      files[String(format: "content/%02d-c%d.md", number, number)] = Array(chapter(number).utf8)
    }
    try writeFiles(files, under: folder)
    return folder
  }

  /// Chapter `number`: a numbered equation, a reference to the previous chapter's, and every third chapter a
  /// duplicate label and a reference to a label no chapter defines.
  private static func chapter(_ number: Int) -> String {
    var text = "# Chapter \(number)\n\n$$x = \(number)$$ {#eq-c\(number)}\n\n"
    if number > 1 { text += "As @eq-c\(number - 1) says.\n\n" }
    if number % 3 == 0 { text += "$$y$$ {#eq-c1}\n\nSee @eq-missing\(number).\n\n" }
    text += "```tensor checks=eq-c\(number)\nassert 1 == 1\n```\n"
    return text
  }

  private static func labelled(_ folder: URL, jobs: Int) throws -> Book {
    let loaded = try LoadStage.load(
      contentDirectory: folder.appendingPathComponent("content").path, workingDirectory: folder.path, jobs: jobs)
    return LabelStage.collect(ParseStage.parse(loaded, jobs: jobs), jobs: jobs)
  }

  @Test(arguments: [2, 3, 8])
  func chaptersAreReadInFileOrder(jobs: Int) throws {
    let folder = try Self.writeBook()
    defer { try? FileManager.default.removeItem(at: folder) }
    let book = try Self.labelled(folder, jobs: jobs)
    #expect(book.pages.map(\.slug) == ["index"] + (1...Self.chapterCount).map { "c\($0)" })
    #expect(book.pages.map(\.source.text) == ["# Home\n"] + (1...Self.chapterCount).map(Self.chapter))
  }

  @Test(arguments: [2, 3, 8])
  func labelsNumberAndReportAsOneThreadDoes(jobs: Int) throws {
    let folder = try Self.writeBook()
    defer { try? FileManager.default.removeItem(at: folder) }
    let serial = try Self.labelled(folder, jobs: 1)
    let parallel = try Self.labelled(folder, jobs: jobs)
    // Numbers follow the chapters in order: chapter n's equation is n.1, and its duplicate of eq-c1 is reported.
    #expect(serial.labels["eq-c5"]?.number == "5.1")
    #expect(serial.labels["eq-c1"]?.pageIndex == 1)
    let serialMessages = serial.pages.flatMap(\.diagnostics).map { "\($0.path):\($0.position.line) \($0.message)" }
    #expect(serialMessages.filter { $0.contains("duplicate label 'eq-c1'") }.count == Self.chapterCount / 3)
    #expect(serialMessages.filter { $0.contains("refers to a label the book does not define") }.count == 4)
    #expect(serial.pages.flatMap(\.bindings).map(\.label) == (1...Self.chapterCount).map { "eq-c\($0)" })
    #expect(parallel.labels.mapValues(\.number) == serial.labels.mapValues(\.number))
    #expect(parallel.labels.mapValues(\.pageIndex) == serial.labels.mapValues(\.pageIndex))
    #expect(parallel.pages.map(\.diagnostics) == serial.pages.map(\.diagnostics))
    #expect(parallel.pages.map(\.bindings) == serial.pages.map(\.bindings))
  }

  @Test(arguments: [1, 2, 8])
  func theFirstUnreadableChapterInOrderIsTheOneReported(jobs: Int) throws {
    // Two chapters that are not UTF-8; whichever thread reads which, the failure names the earlier file.
    let folder = try Self.writeBook(extra: [
      "content/04-bad.md": Array("# Bad\n\nok ".utf8) + [0xFF], "content/09-worse.md": [0xFE, 0x0A],
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let failure = #expect(throws: CommandFailure.self) {
      try LoadStage.load(
        contentDirectory: folder.appendingPathComponent("content").path, workingDirectory: folder.path, jobs: jobs)
    }
    #expect(failure?.location == "content/04-bad.md:3:4")
  }
}
