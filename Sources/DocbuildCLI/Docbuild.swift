import ArgumentParser
import Foundation

/// The process entry point: parses arguments, runs a command and returns the exit status.
public enum Docbuild {
  /// Runs `docbuild` with `arguments` (without the program name): 0 verified, 1 content failed, 2 could not run.
  public static func main(_ arguments: [String]) -> Int32 {
    if let help = HelpScreen.text(for: arguments, columns: HelpScreen.terminalColumns()) {
      print(help)
      return 0
    }
    if let quick = QuickArguments.parse(arguments) {
      return Runner.run(quick.mode, quick.settings, output: quick.output)
    }
    do {
      var command = try DocbuildCommand.parseAsRoot(joiningNegativeValues(arguments))
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

  /// Options whose value may start with `-` (a negative number, a size, a folder named `-x`).
  static let optionsTakingValues: Set<String> = ["--jobs", "--memory-limit", "--content", "--output"]

  /// `--jobs -1` becomes `--jobs=-1`: ArgumentParser takes a value starting with `-` for an option name and would say
  /// "Missing value", where the user deserves "--jobs must be at least 1". A value starting with `--` is left alone,
  /// so a forgotten value followed by another option is still reported as missing.
  static func joiningNegativeValues(_ arguments: [String]) -> [String] {
    var result: [String] = []
    var index = 0
    while index < arguments.count {
      let argument = arguments[index]
      if optionsTakingValues.contains(argument), index + 1 < arguments.count,
        arguments[index + 1].hasPrefix("-"), !arguments[index + 1].hasPrefix("--"), arguments[index + 1] != "-h"
      {
        result.append(argument + "=" + arguments[index + 1])
        index += 2
      } else {
        result.append(argument)
        index += 1
      }
      if argument == "--" {
        result += arguments[index...]
        break
      }
    }
    return result
  }
}
