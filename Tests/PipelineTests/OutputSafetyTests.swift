import Foundation
import Testing

@testable import Pipeline

/// A folder holding `content/01-a.md` and a few bystanders that `build` must never touch.
struct Workspace {
  let folder: URL
  var content: URL { folder.appendingPathComponent("content") }
  let chapter = Array("# A\n\nText.\n".utf8)

  init() throws {
    folder = try temporaryDirectory("docbuild-output")
    try writeFiles(
      [
        "content/01-a.md": chapter, "notes.txt": Array("a regular file".utf8),
        "documents/letter.txt": Array("someone's letter".utf8),
      ], under: folder)
    try FileManager.default.createSymbolicLink(atPath: folder.path + "/contentlink", withDestinationPath: "content")
  }

  func build(output: String, content: String = "content") throws -> PipelineOutcome {
    try Pipeline.build(
      PipelineOptions(contentDirectory: content, outputDirectory: output, jobs: 1, workingDirectory: folder.path))
  }

  func tree() throws -> [String: [UInt8]] { try readTree(folder) }

  func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// Stands for a named pipe made outside the workspace (reading the workspace's tree would block on it).
let specialFileMarker = "<fifo>"

/// Outputs `build` must refuse, each with the content folder it runs on; paths are relative to the workspace.
let refusedOutputs: [(name: String, output: String, content: String)] = [
  ("the content through a link", "contentlink", "content"),
  ("a link to the content given as content", "content", "contentlink"),
  ("a regular file", "notes.txt", "content"),
  ("a chapter", "content/01-a.md", "content"),
  ("a folder inside the content", "content/site", "content"),
  ("a folder of other files", "documents", "content"),
  ("a folder holding the content", ".", "content"),
  // A named pipe stands in for a device such as /dev/null: a regression here must not replace the machine's own.
  ("a special file", specialFileMarker, "content"),
]

@Test(arguments: refusedOutputs.map(\.name))
func buildRefusesAnOutputThatIsNotASite(name: String) throws {
  let workspace = try Workspace()
  defer { workspace.remove() }
  let (_, output, content) = try #require(refusedOutputs.first { $0.name == name })
  let before = try workspace.tree()
  var output2 = workspace.folder.path + "/" + output
  let pipeFolder = try temporaryDirectory("docbuild-fifo")
  defer { try? FileManager.default.removeItem(at: pipeFolder) }
  if output == specialFileMarker {
    output2 = pipeFolder.path + "/pipe"
    try #require(mkfifo(output2, 0o600) == 0)
  }
  let failure = commandFailure {
    _ = try workspace.build(output: output2, content: workspace.folder.path + "/" + content)
  }
  let message = failure?.message ?? "(no failure)"
  #expect(message.contains(output2), "the message names the output: \(message)")
  #expect(try workspace.tree() == before)
  if output == specialFileMarker {
    var status = stat()
    #expect(lstat(output2, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
  }
}

@Test(arguments: ["missing", "empty", "marked", "old-site"])
func buildReplacesAMissingEmptyOrDocbuildFolder(state: String) throws {
  let workspace = try Workspace()
  defer { workspace.remove() }
  let site = workspace.folder.appendingPathComponent("site")
  switch state {
  case "empty": try FileManager.default.createDirectory(at: site, withIntermediateDirectories: true)
  case "marked": try writeFiles([OutputFolder.markerName: [], "mine.txt": [0x41]], under: site)
  case "old-site": try writeFiles(["index.html": [0x41], "style.css": [], "search-index.json": []], under: site)
  default: break
  }
  let outcome = try workspace.build(output: site.path)
  #expect(outcome.verified)
  let built = try readTree(site)
  #expect(built[OutputFolder.markerName] == Array(OutputFolder.markerText.utf8))
  #expect(built["a.html"] != nil && built["mine.txt"] == nil)
  #expect(
    try FileManager.default.contentsOfDirectory(atPath: workspace.folder.path).sorted() == [
      "content", "contentlink", "documents", "notes.txt", "site",
    ])
}

@Test func aLinkToTheSiteReplacesTheSiteAndKeepsTheLink() throws {
  let workspace = try Workspace()
  defer { workspace.remove() }
  let site = workspace.folder.appendingPathComponent("real-site")
  try writeFiles(["index.html": [0x41]], under: site)
  try FileManager.default.createSymbolicLink(atPath: workspace.folder.path + "/site", withDestinationPath: "real-site")
  #expect(try workspace.build(output: workspace.folder.path + "/site").verified)
  #expect(try FileManager.default.destinationOfSymbolicLink(atPath: workspace.folder.path + "/site") == "real-site")
  #expect(try readTree(site)["a.html"] != nil)
}

@Test func aSecondBuildIntoALockedOutputStopsWithAMessage() throws {
  let workspace = try Workspace()
  defer { workspace.remove() }
  let site = workspace.folder.appendingPathComponent("site")
  let first = try WriteStage.prepare(output: site.path)
  let failure = commandFailure {
    _ = try workspace.build(output: site.path)
  }
  let message = failure?.message ?? "(no failure)"
  #expect(message.contains("another docbuild build is writing"))
  try WriteStage.write(newSite, through: first)
  #expect(try readTree(site) == newSiteOnDisk)
  // The lock went with the first build, so the next one runs.
  #expect(try workspace.build(output: site.path).verified)
  #expect(!FileManager.default.fileExists(atPath: workspace.folder.path + "/.site.lock"))
}

@Test(arguments: [".site.staging", ".site.previous"])
func aStaleReadOnlyFolderFromAKilledBuildNeverWedgesTheNext(name: String) throws {
  let workspace = try Workspace()
  defer {
    chmodTree(workspace.folder.appendingPathComponent(name), 0o755)
    workspace.remove()
  }
  let site = workspace.folder.appendingPathComponent("site")
  try writeFiles(["index.html": Array("old".utf8)], under: site)
  try writeFiles(["deep/index.html": Array("stale".utf8)], under: workspace.folder.appendingPathComponent(name))
  chmodTree(workspace.folder.appendingPathComponent(name), 0o555)
  #expect(try workspace.build(output: site.path).verified)
  #expect(try readTree(site)["a.html"] != nil)
  #expect(!FileManager.default.fileExists(atPath: workspace.folder.appendingPathComponent(name).path))
}

/// Sets the mode of a folder and every folder under it.
func chmodTree(_ folder: URL, _ mode: mode_t) {
  chmod(folder.path, mode)
  for case let path as String in FileManager.default.enumerator(atPath: folder.path) ?? .init() {
    var status = stat()
    let full = folder.path + "/" + path
    if lstat(full, &status) == 0, status.st_mode & S_IFMT == S_IFDIR { chmod(full, mode) }
  }
}
