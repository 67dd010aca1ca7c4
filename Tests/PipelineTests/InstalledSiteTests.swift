import Foundation
import Testing

@testable import Pipeline

/// Whether this process can run the built `docbuild` as the user `nobody` (root with `setpriv`).
let canRunAsNobody =
  geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
  && FileManager.default.isExecutableFile(atPath: docbuildExecutable.path)

/// Runs the built `docbuild` as `nobody` in `folder`; returns the exit status and standard error.
func runAsNobody(_ arguments: [String], in folder: URL) throws -> (status: Int32, standardError: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
  process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", docbuildExecutable.path] + arguments
  process.currentDirectoryURL = folder
  let pipe = Pipe()
  process.standardError = pipe
  process.standardOutput = FileHandle.nullDevice
  try process.run()
  let data = pipe.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Once the new site is in place the build has succeeded: an old site it cannot remove (a folder another user put
/// in it) is a warning with exit 0, not exit 2 over a site that was in fact installed.
@Test(.enabled(if: canRunAsNobody, "needs root, setpriv and the built docbuild to run a build as nobody"))
func anOldSiteThatCannotBeRemovedIsAWarningAfterTheNewSiteIsInstalled() throws {
  let folder = try temporaryDirectory("docbuild-installed")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["one/01-a.md": Array("# One\n".utf8), "two/01-a.md": Array("# Two\n".utf8)], under: folder)
  #expect(chown(folder.path, 65534, 65534) == 0)
  for path in ["one", "two", "one/01-a.md", "two/01-a.md"] { chown(folder.path + "/" + path, 65534, 65534) }
  #expect(try runAsNobody(["build", "--content", "one", "--output", "site", "--quiet"], in: folder).status == 0)
  // Root's folder inside nobody's site: nobody can move the site aside but not delete this.
  try writeFiles(["site/root-owned/file": [0x41]], under: folder)
  let (status, standardError) = try runAsNobody(
    ["build", "--content", "two", "--output", "site", "--quiet"], in: folder)
  #expect(status == 0)
  #expect(standardError.contains("warning: the new site is in 'site'"), "\(standardError)")
  #expect(
    try readTree(folder.appendingPathComponent("site"))["a.html"].map { String(decoding: $0, as: UTF8.self) }?
      .contains("Two") == true)
}

@Test func aFileOverTheSizeLimitIsRefusedByName() throws {
  let folder = try temporaryDirectory("docbuild-huge")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(["01-a.md": Array("# A\n".utf8)], under: folder)
  // Sparse, so the test costs no disk: reading it still yields every byte.
  let huge = open(folder.path + "/02-huge.md", O_WRONLY | O_CREAT, 0o644)
  #expect(ftruncate(huge, off_t(FileAccess.maximumFileSize + 1)) == 0)
  close(huge)
  let failure = commandFailure {
    _ = try LoadStage.load(contentDirectory: folder.path, workingDirectory: folder.path)
  }
  #expect(failure?.message == "cannot read '02-huge.md': it is larger than 16 MiB")
}

/// Removing a stale folder never follows a link out of it, and a folder without permissions does not stop it.
@Test func removingAStaleFolderStaysInsideIt() throws {
  let folder = try temporaryDirectory("docbuild-remove")
  defer { try? FileManager.default.removeItem(at: folder) }
  try writeFiles(
    ["outside/keep.txt": Array("keep".utf8), ".site.previous/locked/deep/file": [0x41]], under: folder)
  try FileManager.default.createSymbolicLink(
    atPath: folder.path + "/.site.previous/link", withDestinationPath: "../outside")
  chmod(folder.path + "/.site.previous/locked", 0)
  #expect(FileAccess.removeTree(folder.path + "/.site.previous") == nil)
  #expect(try readTree(folder) == ["outside/keep.txt": Array("keep".utf8)])
  #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["outside"])
}
