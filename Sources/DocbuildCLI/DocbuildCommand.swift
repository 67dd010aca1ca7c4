import ArgumentParser

/// The `docbuild` command line.
public struct DocbuildCommand: ParsableCommand {
  /// The command's name and help.
  public static let configuration = CommandConfiguration(
    commandName: "docbuild",
    abstract: "Build a book whose tensor snippets, claims and gradients are verified."
  )

  /// Makes the command.
  public init() {}

  /// Runs the command.
  public func run() throws {
    print("docbuild: the pipeline is not built yet")
  }
}
