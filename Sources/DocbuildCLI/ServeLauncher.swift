import Foundation

/// Hands `docbuild serve` to the `docbuild-serve` program beside this one. The HTTP server and the networking
/// libraries it loads live only there, so every other command starts without them (and `docbuild` can link the Swift
/// runtime statically, which `docbuild-serve` cannot: Foundation's networking needs the system's libcurl).
package enum ServeLauncher {
  /// The server, set by `docbuild-serve` before it parses its arguments; `nil` in `docbuild`, which starts that program.
  /// Written once by the program's first statement, before any other thread exists.
  nonisolated(unsafe) package static var server: ((BookOptions, _ host: String, _ port: Int, _ open: Bool) -> Int32)?

  /// The program's name, beside the `docbuild` executable.
  package static let programName = "docbuild-serve"

  static func run(_ options: BookOptions, host: String, port: Int, open: Bool) -> Int32 {
    if let server { return server(options, host, port, open) }
    guard let directory = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent() else {
      Console.standardError.write("error: cannot find the folder docbuild runs from, where \(programName) is\n")
      return 2
    }
    let program = directory.appendingPathComponent(programName).path
    let arguments = [program] + serveArguments(options, host: host, port: port, open: open)
    var cArguments = arguments.map { strdup($0) } + [nil]
    // Only returns when the program could not be started.
    execv(program, &cArguments)
    let reason = String(cString: strerror(errno))
    for pointer in cArguments { free(pointer) }
    // `swift run docbuild` builds only docbuild; inside a SwiftPM build folder, say how to build the other program.
    let hint =
      directory.pathComponents.contains(".build")
      ? "build it once with `swift build --product docbuild-serve` (`swift run docbuild` builds only docbuild)"
      : "a copied docbuild needs docbuild-serve beside it"
    Console.standardError.write(
      "error: docbuild serve runs \(TerminalText.escaped(program)), which cannot be started (\(reason)): \(hint)\n")
    return 2
  }

  /// The parsed options written back as arguments, each value joined to its option with `=` so that a value starting
  /// with `-` stays a value.
  static func serveArguments(_ options: BookOptions, host: String, port: Int, open: Bool) -> [String] {
    var arguments = ["serve", "--content=\(options.content)", "--host=\(host)", "--port=\(port)"]
    if let jobs = options.jobs { arguments.append("--jobs=\(jobs)") }
    if let memoryLimit = options.memoryLimit { arguments.append("--memory-limit=\(memoryLimit)") }
    if options.quiet { arguments.append("--quiet") }
    if options.noCache { arguments.append("--no-cache") }
    if open { arguments.append("--open") }
    return arguments
  }
}
