import ArgumentParser
import Pipeline

/// The `docbuild` command line: `build` (the default), `check` and `fix`.
public struct DocbuildCommand: ParsableCommand {
  /// The command's name, help and subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "docbuild",
    abstract: CommandHelp.root,
    subcommands: [BuildCommand.self, CheckCommand.self, FixCommand.self, InitCommand.self, ServeCommand.self],
    defaultSubcommand: BuildCommand.self
  )

  /// Makes the command.
  public init() {}
}

/// Options every subcommand takes.
package struct BookOptions: ParsableArguments {
  @Option(help: ArgumentHelp(CommandHelp.content))
  package var content = "content"

  @Option(help: ArgumentHelp(CommandHelp.jobs))
  package var jobs: Int?

  @Flag(help: ArgumentHelp(CommandHelp.quiet))
  package var quiet = false

  @Option(help: ArgumentHelp(CommandHelp.memoryLimit))
  package var memoryLimit: String?

  @Flag(help: ArgumentHelp(CommandHelp.noCache))
  package var noCache = false

  /// For ArgumentParser, which fills the options in: read them only from a parsed value.
  package init() {}

  /// The values parsed, for the runner.
  var settings: RunSettings {
    RunSettings(content: content, jobs: jobs, quiet: quiet, memoryLimit: memoryLimit, noCache: noCache)
  }

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
    abstract: CommandHelp.build)

  @OptionGroup var options: BookOptions

  @Option(help: ArgumentHelp(CommandHelp.output))
  var output = "site"

  func run() throws { throw ExitCode(Runner.run(.build, options.settings, output: output)) }
}

/// `docbuild check`.
struct CheckCommand: SitelessCommand {
  static let configuration = CommandConfiguration(
    commandName: "check", abstract: CommandHelp.check)
  static let mode = Mode.check

  @OptionGroup var options: BookOptions

  @Option(help: .hidden) var output: String?
}

/// `docbuild fix`.
struct FixCommand: SitelessCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix", abstract: CommandHelp.fix)
  static let mode = Mode.fix

  @OptionGroup var options: BookOptions

  @Option(help: .hidden) var output: String?
}

/// `check` and `fix`: a run over the book that writes no site, so an `--output` given to them is a mistake to report
/// rather than ignore (the option is hidden, there for the message).
protocol SitelessCommand: ParsableCommand {
  /// What the runner does with the book.
  static var mode: Mode { get }
  /// The book's options.
  var options: BookOptions { get }
  /// `--output`, which only `build` takes.
  var output: String? { get }
}

extension SitelessCommand {
  func validate() throws {
    if output != nil {
      let command = Self.configuration.commandName ?? ""
      throw ValidationError(
        "'docbuild \(command)' writes no site, so it takes no --output (that is for 'docbuild build')")
    }
  }

  func run() throws { throw ExitCode(Runner.run(Self.mode, options.settings, output: nil)) }
}

/// `docbuild init [DIR]`.
struct InitCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: CommandHelp.initialize)

  @Argument(help: ArgumentHelp(CommandHelp.directory))
  var directory = "."

  func run() throws { throw ExitCode(StarterBook.run(directory: directory)) }
}

/// `docbuild serve`.
struct ServeCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "serve",
    abstract: CommandHelp.serve)

  @OptionGroup var options: BookOptions

  @Option(help: ArgumentHelp(CommandHelp.port))
  var port = 8000

  @Option(help: ArgumentHelp(CommandHelp.host))
  var host = "127.0.0.1"

  @Flag(help: ArgumentHelp(CommandHelp.open))
  var open = false

  func validate() throws {
    if !(0...65_535).contains(port) { throw ValidationError("--port must be between 0 and 65535") }
  }

  func run() throws { throw ExitCode(ServeLauncher.run(options, host: host, port: port, open: open)) }
}
