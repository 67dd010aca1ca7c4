import Pipeline

/// The options of `build`, `check` and `fix` as values, however they were parsed.
struct RunSettings: Equatable {
  var content = "content"
  var jobs: Int?
  var quiet = false
  var memoryLimit: String?
  var noCache = false
}

/// Parses the common command lines of `build`, `check` and `fix` without ArgumentParser, which spends a sixth of a
/// small book's build reflecting on the commands (each new type–protocol question scans every conformance in the
/// binary). It takes only arguments whose meaning is plain: known options, each at most once, as `--name value`
/// with a value not starting with `-`, and valid values. Anything else returns nil and goes to ArgumentParser, which
/// reports it; a test holds both parsers to the same result.
enum QuickArguments {
  /// The command, its settings and `--output`, or nil to leave the arguments to ArgumentParser.
  static func parse(_ arguments: [String]) -> (mode: Mode, settings: RunSettings, output: String?)? {
    var rest = arguments[...]
    var mode = Mode.build
    switch arguments.first {
    case "build": rest = rest.dropFirst()
    case "check": (mode, rest) = (.check, rest.dropFirst())
    case "fix": (mode, rest) = (.fix, rest.dropFirst())
    case let first? where !first.hasPrefix("--"): return nil
    default: break
    }
    var settings = RunSettings()
    var output: String?
    var seen: Set<String> = []
    while let name = rest.first {
      rest = rest.dropFirst()
      guard seen.insert(name).inserted else { return nil }
      switch name {
      case "--quiet": settings.quiet = true
      case "--no-cache": settings.noCache = true
      case "--content", "--jobs", "--memory-limit", "--output":
        guard let value = rest.first, !value.isEmpty, !value.hasPrefix("-") else { return nil }
        rest = rest.dropFirst()
        switch name {
        case "--content": settings.content = value
        case "--jobs":
          guard let jobs = Int(value), jobs >= 1 else { return nil }
          settings.jobs = jobs
        case "--memory-limit":
          guard PipelineOptions.memoryLimit(parsing: value) != nil else { return nil }
          settings.memoryLimit = value
        default:
          guard mode == .build else { return nil }
          output = value
        }
      default:
        return nil
      }
    }
    return (mode, settings, mode == .build ? output ?? "site" : nil)
  }
}
