import Foundation
import Pipeline

/// Which command runs.
enum Mode: Equatable {
  case build
  case check
  case fix
}

/// Runs a command over the pipeline and reports on standard error; returns the exit status.
enum Runner {
  static func run(_ mode: Mode, _ options: RunSettings, output: String?) -> Int32 {
    let started = ContinuousClock.now
    let console = Console.standardError
    let style = Style(enabled: Console.wantsColor())
    let quiet = options.quiet
    // Every relative path is read against the current folder; one that was deleted under the shell must stop the
    // command, not quietly turn `content` into `/content`.
    guard let workingDirectory = currentDirectory() else {
      console.write(style.red("error:") + " cannot find the current folder: \(String(cString: strerror(errno)))\n")
      return 2
    }
    var pipelineOptions = PipelineOptions(
      contentDirectory: options.content, outputDirectory: output ?? "site",
      jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      workingDirectory: workingDirectory,
      progress: { page in
        if !quiet { console.write(Report.progressLine(page, style: style)) }
      })
    pipelineOptions.cache = RunCacheSettings(enabled: !options.noCache)
    // `check` and `fix` report problems and write no pages, so they render only what can find one.
    pipelineOptions.rendersPages = mode == .build
    if let limit = options.memoryLimit.flatMap(PipelineOptions.memoryLimit(parsing:)) {
      pipelineOptions.memoryLimit = limit
    }
    let outcome: PipelineOutcome
    do {
      switch mode {
      case .build: outcome = try Pipeline.build(pipelineOptions)
      case .check: outcome = try Pipeline.check(pipelineOptions)
      case .fix: outcome = try Pipeline.fix(pipelineOptions)
      }
    } catch {
      let location = error.location.map { TerminalText.escaped($0) + ": " } ?? ""
      console.write(
        location + style.red("error:") + " " + TerminalText.escaped(error.message, keepingNewlines: true) + "\n")
      return 2
    }
    console.write(
      DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source), color: style.enabled))
    console.write(
      DiagnosticPrinter.format(
        outcome.book.warnings, sources: outcome.book.pages.map(\.source), color: style.enabled, isWarning: true))
    // Warnings are about files beside the output, never the content, so they print even with --quiet.
    for warning in outcome.warnings {
      console.write(style.bold("warning:") + " " + TerminalText.escaped(warning, keepingNewlines: true) + "\n")
    }
    if !quiet {
      for path in outcome.rewrittenPaths { console.write("rewrote \(TerminalText.escaped(path))\n") }
      let elapsed = ContinuousClock.now - started
      console.write(Report.summary(outcome, milliseconds: milliseconds(elapsed), mode: mode, style: style) + "\n")
    }
    return outcome.verified ? 0 : 1
  }

  /// `getcwd(3)`, nil when the current folder no longer exists or cannot be named.
  private static func currentDirectory() -> String? {
    guard let path = getcwd(nil, 0) else { return nil }
    defer { free(path) }
    return String(cString: path)
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }
}
