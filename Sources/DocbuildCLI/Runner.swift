import Foundation
import Pipeline

/// Which command runs.
enum Mode {
  case build
  case check
  case fix
}

/// Runs a command over the pipeline and reports on standard error; returns the exit status.
enum Runner {
  static func run(_ mode: Mode, _ options: BookOptions) -> Int32 {
    let started = ContinuousClock.now
    let console = Console.standardError
    let style = Style(enabled: Console.wantsColor())
    let quiet = options.quiet
    let pipelineOptions = PipelineOptions(
      contentDirectory: options.content, outputDirectory: options.output,
      jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      workingDirectory: FileManager.default.currentDirectoryPath,
      progress: { page in
        if !quiet { console.write(Report.progressLine(page, style: style)) }
      })
    let outcome: PipelineOutcome
    do {
      switch mode {
      case .build: outcome = try Pipeline.build(pipelineOptions)
      case .check: outcome = try Pipeline.check(pipelineOptions)
      case .fix: outcome = try Pipeline.fix(pipelineOptions)
      }
    } catch {
      console.write(style.red("error:") + " " + TerminalText.escaped(error.message, keepingNewlines: true) + "\n")
      return 2
    }
    console.write(
      DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source), color: style.enabled))
    if !quiet {
      for path in outcome.rewrittenPaths { console.write("rewrote \(TerminalText.escaped(path))\n") }
      let elapsed = ContinuousClock.now - started
      console.write(Report.summary(outcome, milliseconds: milliseconds(elapsed), mode: mode, style: style) + "\n")
    }
    return outcome.verified ? 0 : 1
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    Int(duration.components.seconds * 1000 + duration.components.attoseconds / 1_000_000_000_000_000)
  }
}
