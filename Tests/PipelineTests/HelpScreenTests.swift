import ArgumentParser
import Testing

@testable import DocbuildCLI

/// Every help screen `HelpScreen` writes is ArgumentParser's, at every width it takes.
@Suite struct HelpScreenTests {
  static let helpRequests: [[String]] =
    [["--help"], ["-h"], ["help"]]
    + ["build", "check", "fix", "init", "serve"].flatMap { [["help", $0], [$0, "--help"], [$0, "-h"]] }

  /// ArgumentParser's text for `arguments` at `columns`, as `Docbuild.main` prints it.
  static func argumentParserText(_ arguments: [String], columns: Int) -> String? {
    do {
      var command = try DocbuildCommand.parseAsRoot(Docbuild.joiningNegativeValues(arguments))
      // `help COMMAND` parses as ArgumentParser's help command, which throws its screen when run.
      guard !(command is BuildCommand || command is CheckCommand || command is FixCommand) else { return nil }
      guard !(command is InitCommand || command is ServeCommand) else { return nil }
      try command.run()
      return nil
    } catch {
      guard DocbuildCommand.exitCode(for: error) == .success else { return nil }
      return DocbuildCommand.fullMessage(for: error, columns: columns)
    }
  }

  @Test(arguments: helpRequests) func screenIsArgumentParsers(arguments: [String]) throws {
    for columns in [27, 30, 41, 52, 64, 79, 80, 81, 100, 132, 200, 1000] {
      let expected = try #require(Self.argumentParserText(arguments, columns: columns))
      #expect(HelpScreen.text(for: arguments, columns: columns) == expected, "\(arguments) at \(columns) columns")
    }
  }

  /// Anything but a plain help request, or a width ArgumentParser cannot wrap to, is left to ArgumentParser.
  @Test(
    arguments: [
      ["--help", "--help"], ["build", "--jobs", "2", "--help"], ["help", "publish"], ["publish", "--help"],
      ["help", "help"], ["build"], [], ["-help"], ["build", "help"], ["--version"],
    ])
  func otherArgumentsTakeArgumentParsersPath(arguments: [String]) {
    #expect(HelpScreen.text(for: arguments, columns: 80) == nil)
  }

  @Test func narrowWidthsTakeArgumentParsersPath() {
    #expect(HelpScreen.text(for: ["--help"], columns: 26) == nil)
    #expect(HelpScreen.text(for: ["--help"], columns: 0) == nil)
    #expect(HelpScreen.text(for: ["--help"], columns: -5) == nil)
  }

  /// ASCII text is wrapped by bytes, other text by Characters: with each `a` one non-ASCII Character (`é`, and `🇫🇷`
  /// of two scalars), the lines break at the same places.
  @Test(arguments: ["é", "🇫🇷"])
  func nonASCIITextWrapsAsASCIIDoes(stand: String) {
    let ascii = CommandHelp.build + "\n\n" + CommandHelp.check + " aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa a\na"
    for (columns, indent) in [(20, 0), (41, 8), (80, 26), (30, 29)] {
      let wrapped = HelpScreen.wrapped(ascii, to: columns, indent: indent)
      let other = HelpScreen.wrapped(ascii.replacingOccurrences(of: "a", with: stand), to: columns, indent: indent)
      #expect(other == wrapped.replacingOccurrences(of: "a", with: stand), "\(columns) columns, indent \(indent)")
    }
  }
}

/// `QuickArguments` reads a command line as ArgumentParser does, or leaves it to ArgumentParser.
@Suite struct QuickArgumentsTests {
  /// What ArgumentParser makes of `arguments`: the command, its settings and output; nil when it refuses them.
  static func argumentParserReading(_ arguments: [String]) -> (Mode, RunSettings, String?)? {
    guard let command = try? DocbuildCommand.parseAsRoot(Docbuild.joiningNegativeValues(arguments)) else {
      return nil
    }
    switch command {
    case let build as BuildCommand: return (.build, build.options.settings, build.output)
    case let check as CheckCommand: return (.check, check.options.settings, nil)
    case let fix as FixCommand: return (.fix, fix.options.settings, nil)
    default: return nil
    }
  }

  @Test(
    arguments: [
      [], ["build"], ["check"], ["fix"], ["--quiet"], ["--content", "book", "--jobs", "2", "--quiet", "--no-cache"],
      [
        "build", "--content", "c", "--output", "out", "--jobs", "12", "--memory-limit", "512M", "--quiet", "--no-cache",
      ],
      ["check", "--content", "c", "--jobs", "1"], ["fix", "--memory-limit", "4GiB", "--no-cache"],
      ["--output", "site2", "--content", "docs"], ["build", "--jobs", "+3"], ["build", "--jobs", "007"],
      ["--content", "check"], ["build", "--content", "fix"], ["check", "--content", "build"],
      ["build", "--output", "help"], ["build", "--content", "a b", "--output", "é"],
    ])
  func plainCommandLinesReadAsArgumentParserReadsThem(arguments: [String]) throws {
    let quick = try #require(QuickArguments.parse(arguments))
    let expected = try #require(Self.argumentParserReading(arguments))
    #expect(quick.mode == expected.0)
    #expect(quick.settings == expected.1)
    #expect(quick.output == expected.2)
  }

  @Test(
    arguments: [
      ["--jobs", "0"], ["--jobs", "-1"], ["--jobs", "two"], ["--jobs"], ["--content"], ["--content", ""],
      ["--memory-limit", "12"], ["check", "--output", "x"], ["fix", "--output", "x"], ["--quiet", "--quiet"],
      ["--content", "a", "--content", "b"], ["--content=a"], ["-h"], ["build", "--help"], ["init"], ["serve"],
      ["publish"], ["build", "extra"], ["--", "build"], ["--content", "-x"], ["--no-such-flag"],
    ])
  func anythingElseIsLeftToArgumentParser(arguments: [String]) {
    #expect(QuickArguments.parse(arguments) == nil)
  }
}
