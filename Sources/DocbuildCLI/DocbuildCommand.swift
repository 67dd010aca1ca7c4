import ArgumentParser
import Pipeline

/// The `docbuild` command line: `build` (the default), `check` and `fix`.
public struct DocbuildCommand: ParsableCommand {
  /// The command's name, help and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "docbuild",
    abstract: "Build a book whose tensor snippets, claims and gradients are verified.",
    subcommands: [BuildCommand.self, CheckCommand.self, FixCommand.self, InitCommand.self, ServeCommand.self],
    defaultSubcommand: BuildCommand.self
  )

  /// Makes the command.
  public init() {}
}

/// Options every subcommand takes.
package struct BookOptions: ParsableArguments {
  @Option(help: "The folder of Markdown chapters.")
  package var content = "content"

  @Option(help: "How many chapters run at once (default: the number of cores).")
  package var jobs: Int?

  @Flag(help: "Print only diagnostics: no progress or summary lines.")
  package var quiet = false

  @Option(help: "Live tensor memory each chapter may use, such as 512M or 4G (default: 2G).")
  package var memoryLimit: String?

  @Flag(help: "Run every chapter, ignoring and not writing the run cache (.docbuild/ beside the content folder).")
  package var noCache = false

  /// For ArgumentParser, which fills the options in: read them only from a parsed value.
  package init() {}

  package func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let memoryLimit, PipelineOptions.memoryLimit(parsing: memoryLimit) == nil {
      throw ValidationError("--memory-limit must be a size such as 512M or 4G, at least 1M")
    }
  }
}

/// `docbuild build`.
struct BuildCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "build",
    abstract: "Verify every snippet and write the site, replacing the output folder only when everything verified.")

  @OptionGroup var options: BookOptions

  @Option(help: "The folder the site is written to.")
  var output = "site"

  func run() throws { throw ExitCode(Runner.run(.build, options, output: output)) }
}

/// `docbuild check`.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: "Verify every snippet, claim, gradient, formula and link; write nothing.")

  @OptionGroup var options: BookOptions

  @Option(help: .hidden) var output: String?

  func validate() throws { try refuseOutput(output, command: "check") }

  func run() throws { throw ExitCode(Runner.run(.check, options, output: nil)) }
}

/// `docbuild fix`.
struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix", abstract: "Rewrite the expected outputs of transcripts to what the code now prints.")

  @OptionGroup var options: BookOptions

  @Option(help: .hidden) var output: String?

  func validate() throws { try refuseOutput(output, command: "fix") }

  func run() throws { throw ExitCode(Runner.run(.fix, options, output: nil)) }
}

/// `docbuild init [DIR]`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a starter book (index, a first chapter, .gitignore, a CI step); never overwrites a file.")

  @Argument(help: "The folder to write it in (default: the current folder).")
  var directory = "."

  func run() throws { throw ExitCode(StarterBook.run(directory: directory)) }
}

/// `docbuild serve`.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: "Build the book in memory, serve it, and rebuild and reload open pages when the content changes.")

  @OptionGroup var options: BookOptions

  @Option(help: "The port to listen on (0: any free port).")
  var port = 8000

  @Option(help: "The address to listen on; only this machine can connect unless you give another.")
  var host = "127.0.0.1"

  @Flag(help: "Open the book in a browser.")
  var open = false

  func validate() throws {
    if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
  }

  func run() throws { throw ExitCode(ServeLauncher.run(options, host: host, port: port, open: open)) }
}

/// `check` and `fix` write no site, so an `--output` given to them is a mistake to report rather than ignore.
private func refuseOutput(_ output: String?, command: String) throws {
  if output != nil {
    throw ValidationError(
      "'docbuild \(command)' writes no site, so it takes no --output (that is for 'docbuild build')")
  }
}
