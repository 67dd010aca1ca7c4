import Glibc

/// The help screens (`docbuild --help`, `docbuild help build`, `docbuild check -h`, …) written without
/// ArgumentParser, byte for byte as it writes them (a test compares every screen at many widths).
///
/// ArgumentParser learns a command's options by reflecting on it, and each new type–protocol question makes the
/// Swift runtime scan every protocol conformance in the binary: three quarters of `docbuild --help`'s instructions.
/// Help is what a newcomer runs first, so it takes this path; anything else goes through ArgumentParser.
enum HelpScreen {
  /// One line of a section: a label and the abstract wrapped beside it.
  struct Entry {
    var label: String
    var abstract: String
  }

  /// What one command's screen holds.
  struct Screen {
    var abstract: String
    var usage: String
    var sections: [(header: String, entries: [Entry])]
    /// The root screen ends by pointing at `docbuild help <subcommand>`.
    var listsSubcommands = false
  }

  /// The text ArgumentParser prints for `arguments`, or nil when they do not ask only for one help screen (or the
  /// width is one ArgumentParser cannot wrap to: it leaves 26 columns for the labels).
  static func text(for arguments: [String], columns: Int) -> String? {
    guard (27...100_000).contains(columns), let screen = screen(for: arguments) else { return nil }
    return render(screen, columns: columns)
  }

  /// The screen `arguments` ask for: `--help`, `-h` or `help` alone, `help COMMAND`, or `COMMAND --help` / `-h`.
  static func screen(for arguments: [String]) -> Screen? {
    switch arguments.count {
    case 1 where ["--help", "-h", "help"].contains(arguments[0]):
      return root
    case 2 where arguments[0] == "help":
      return subcommand(arguments[1])
    case 2 where ["--help", "-h"].contains(arguments[1]):
      return subcommand(arguments[0])
    default:
      return nil
    }
  }

  /// The width ArgumentParser wraps to: `COLUMNS` when it is a number, else the terminal's width, else 80.
  static func terminalColumns() -> Int {
    if let value = getenv("COLUMNS"), let columns = Int(String(cString: value)) { return columns }
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    return 80
  }

  private static let help = Entry(label: "-h, --help", abstract: "Show help information.")

  private static let bookOptions = [
    Entry(label: "--content <content>", abstract: CommandHelp.content + " (default: content)"),
    Entry(label: "--jobs <jobs>", abstract: CommandHelp.jobs),
    Entry(label: "--quiet", abstract: CommandHelp.quiet),
    Entry(label: "--memory-limit <memory-limit>", abstract: CommandHelp.memoryLimit),
    Entry(label: "--no-cache", abstract: CommandHelp.noCache),
  ]

  private static let bookUsage =
    "[--content <content>] [--jobs <jobs>] [--quiet] [--memory-limit <memory-limit>] [--no-cache]"

  private static let root = Screen(
    abstract: CommandHelp.root, usage: "docbuild <subcommand>",
    sections: [
      ("OPTIONS", [help]),
      (
        "SUBCOMMANDS",
        [
          Entry(label: "build (default)", abstract: CommandHelp.build),
          Entry(label: "check", abstract: CommandHelp.check),
          Entry(label: "fix", abstract: CommandHelp.fix),
          Entry(label: "init", abstract: CommandHelp.initialize),
          Entry(label: "serve", abstract: CommandHelp.serve),
        ]
      ),
    ], listsSubcommands: true)

  private static func subcommand(_ name: String) -> Screen? {
    switch name {
    case "build":
      return Screen(
        abstract: CommandHelp.build, usage: "docbuild build \(bookUsage) [--output <output>]",
        sections: [
          (
            "OPTIONS",
            bookOptions + [Entry(label: "--output <output>", abstract: CommandHelp.output + " (default: site)"), help]
          )
        ])
    case "check", "fix":
      return Screen(
        abstract: name == "check" ? CommandHelp.check : CommandHelp.fix, usage: "docbuild \(name) \(bookUsage)",
        sections: [("OPTIONS", bookOptions + [help])])
    case "init":
      return Screen(
        abstract: CommandHelp.initialize, usage: "docbuild init [<directory>]",
        sections: [
          ("ARGUMENTS", [Entry(label: "<directory>", abstract: CommandHelp.directory + " (default: .)")]),
          ("OPTIONS", [help]),
        ])
    case "serve":
      return Screen(
        abstract: CommandHelp.serve,
        usage: "docbuild serve \(bookUsage) [--port <port>] [--host <host>] [--open]",
        sections: [
          (
            "OPTIONS",
            bookOptions + [
              Entry(label: "--port <port>", abstract: CommandHelp.port + " (default: 8000)"),
              Entry(label: "--host <host>", abstract: CommandHelp.host + " (default: 127.0.0.1)"),
              Entry(label: "--open", abstract: CommandHelp.open), help,
            ]
          )
        ])
    default:
      return nil
    }
  }

  /// ArgumentParser's layout: the overview wrapped to the width, the usage line, each section's labels indented by
  /// two with abstracts wrapped at column 26 (on the next line when the label reaches it).
  static func render(_ screen: Screen, columns: Int) -> String {
    let sections = screen.sections.map { header, entries in
      header + ":\n" + concatenated(entries.map { entry($0, columns: columns) })
    }
    var text = wrapped("OVERVIEW: " + screen.abstract, to: columns) + "\n\n"
    text += "USAGE: " + screen.usage + "\n\n"
    text += concatenated(sections, separator: "\n")
    if screen.listsSubcommands { text += "\n  See 'docbuild help <subcommand>' for detailed help." }
    return text
  }

  private static let labelColumn = 26

  private static func entry(_ entry: Entry, columns: Int) -> String {
    let label = "  " + entry.label
    let abstract = wrapped(entry.abstract, to: columns, indent: labelColumn)
    if label.count < labelColumn { return label + String(abstract.dropFirst(label.count)) + "\n" }
    return label + "\n" + abstract + "\n"
  }

  /// ArgumentParser's word wrap: lines of at most `columns - indent` Characters broken at the last space, a word
  /// longer than that on a line of its own, every non-empty line indented by `indent`.
  static func wrapped(_ text: String, to columns: Int, indent: Int = 0) -> String {
    let width = max(columns - indent, 0)
    let lines: [String]
    // Help text is ASCII, where each byte is a Character: stepping by Character would cost a grapheme-break test per
    // step (an eighth of `--help`'s instructions).
    if text.utf8.allSatisfy({ $0 < 0x80 }) {
      let bytes = Array(text.utf8)
      lines = wrappedSpans(bytes, width: width, newline: 0x0A, space: 0x20).map {
        String(decoding: bytes[$0.start..<$0.end], as: UTF8.self)
      }
    } else {
      let characters = Array(text)
      lines = wrappedSpans(characters, width: width, newline: "\n", space: " ").map {
        String(characters[$0.start..<$0.end])
      }
    }
    let padding = String(repeating: " ", count: indent)
    return concatenated(lines.map { $0.isEmpty ? "" : padding + $0 }, separator: "\n")
  }

  /// Where one line of `wrapped` starts and ends in its text. Not `Range<Int>`: an array of those needs a protocol
  /// conformance looked up at run time, which scans every conformance in the binary.
  private struct LineSpan {
    let start: Int
    let end: Int
  }

  /// The lines `wrapped` makes of `units`: a newline within the next `width` units ends a line there, else the last
  /// space within them, else the next space.
  private static func wrappedSpans<Unit: Equatable>(_ units: [Unit], width: Int, newline: Unit, space: Unit)
    -> [LineSpan]
  {
    var lines: [LineSpan] = []
    var start = 0
    while true {
      let chunkEnd = min(start + width, units.count)
      if let lineBreak = units[start..<chunkEnd].lastIndex(of: newline) {
        var lineStart = start
        for index in start..<lineBreak where units[index] == newline {
          lines.append(LineSpan(start: lineStart, end: index))
          lineStart = index + 1
        }
        lines.append(LineSpan(start: lineStart, end: lineBreak))
        start = lineBreak + 1
      } else if chunkEnd == units.count {
        lines.append(LineSpan(start: start, end: units.count))
        return lines
      } else if let lastSpace = units[start..<chunkEnd].lastIndex(of: space) {
        lines.append(LineSpan(start: start, end: lastSpace))
        start = lastSpace + 1
      } else if let nextSpace = units[start...].firstIndex(of: space) {
        lines.append(LineSpan(start: start, end: nextSpace))
        start = nextSpace + 1
      } else {
        lines.append(LineSpan(start: start, end: units.count))
        return lines
      }
    }
  }

  /// `parts.joined(separator:)` without the standard library's generic paths: those look up an associated type at
  /// run time, and the first such lookup scans every protocol conformance in the binary (a fifth of `--help`'s
  /// instructions).
  static func concatenated(_ parts: [String], separator: String = "") -> String {
    var text = ""
    for (index, part) in parts.enumerated() {
      if index > 0 { text += separator }
      text += part
    }
    return text
  }
}

/// The help strings of the commands and options, read by ArgumentParser's declarations and by `HelpScreen`.
enum CommandHelp {
  static let root = "Build a book whose tensor snippets, claims and gradients are verified."
  static let build =
    "Verify every snippet and write the site, replacing the output folder only when everything verified."
  static let check = "Verify every snippet, claim, gradient, formula and link; write nothing."
  static let fix = "Rewrite the expected outputs of transcripts to what the code now prints."
  static let initialize =
    "Write a starter book (index, a first chapter, .gitignore, a CI step); never overwrites a file."
  static let serve =
    "Build the book in memory, serve it, and rebuild and reload open pages when the content changes."
  static let content = "The folder of Markdown chapters."
  static let jobs = "How many chapters run at once (default: the number of cores)."
  static let quiet = "Print only diagnostics: no progress or summary lines."
  static let memoryLimit = "Live tensor memory each chapter may use, such as 512M or 4G (default: 2G)."
  static let noCache =
    "Run every chapter, ignoring and not writing the run cache (.docbuild/ beside the content folder)."
  static let output = "The folder the site is written to."
  static let directory = "The folder to write it in (default: the current folder)."
  static let port = "The port to listen on (0: any free port)."
  static let host = "The address to listen on; only this machine can connect unless you give another."
  static let open = "Open the book in a browser."
}
