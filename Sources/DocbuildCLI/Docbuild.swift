import ArgumentParser
import Foundation

/// The process entry point: parses arguments, runs a command and returns the exit status.
public enum Docbuild {
  /// Runs `docbuild` with `arguments` (without the program name): 0 verified, 1 content failed, 2 could not run.
  public static func main(_ arguments: [String]) -> Int32 {
    do {
      var command = try DocbuildCommand.parseAsRoot(arguments)
      try command.run()
      return 0
    } catch let exit as ExitCode {
      return exit.rawValue
    } catch {
      // ArgumentParser would exit 64 on a usage error; docbuild's contract says 2.
      let message = DocbuildCommand.fullMessage(for: error)
      if DocbuildCommand.exitCode(for: error) == .success {
        print(message)
        return 0
      }
      Console.standardError.write(message + "\n")
      return 2
    }
  }
}
