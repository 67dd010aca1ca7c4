import DocbuildCLI
import Foundation
import Pipeline
import Serve

/// Set by the SIGINT and SIGTERM handlers; read by the thread that waits for them.
nonisolated(unsafe) private var serveStopRequested: sig_atomic_t = 0

/// Runs `docbuild serve` until Ctrl-C: builds in memory, prints each rebuild's diagnostics as `check` does, and
/// never writes a file.
enum ServeRunner {
  static func run(_ options: BookOptions, host: String, port: Int, open: Bool) -> Int32 {
    let console = Console.standardError
    let style = Style(enabled: Console.wantsColor())
    var pipelineOptions = PipelineOptions(
      contentDirectory: options.content, outputDirectory: "/nonexistent/docbuild-serve-writes-no-site",
      jobs: options.jobs ?? ProcessInfo.processInfo.activeProcessorCount,
      workingDirectory: FileManager.default.currentDirectoryPath)
    pipelineOptions.cache = RunCacheSettings(enabled: !options.noCache)
    if let limit = options.memoryLimit.flatMap(PipelineOptions.memoryLimit(parsing:)) {
      pipelineOptions.memoryLimit = limit
    }
    // The terminal and the error pages get the same text, so it carries no colour codes.
    let pageBook = LiveBook(options: pipelineOptions) { outcome in
      DiagnosticPrinter.format(outcome.diagnostics, sources: outcome.book.pages.map(\.source), color: false)
    }
    let result = Box()
    let started = DispatchSemaphore(value: 0)
    Task {
      do {
        let session = try await ServeSession(book: pageBook, host: host, port: UInt16(port)) { report in
          let stamp = ISO8601DateFormatter().string(from: Date())
          if report.isEmpty {
            console.write("\(stamp) built: every page verified\n")
          } else {
            console.write(TerminalText.escaped(report, keepingNewlines: true))
            console.write("\(stamp) " + style.red("built with errors") + " (the failing pages show them)\n")
          }
        }
        result.session = session
        let shownHost = host.contains(":") ? "[\(host)]" : host
        let url = "http://\(shownHost):\(session.port)/"
        console.write("serving \(TerminalText.escaped(options.content)) at \(url) (Ctrl-C stops)\n")
        if open { openInBrowser(url) }
      } catch {
        result.failure = "cannot serve on \(host):\(port): \(error)"
      }
      started.signal()
    }
    started.wait()
    if let failure = result.failure {
      console.write(style.red("error:") + " " + TerminalText.escaped(failure) + "\n")
      return 2
    }
    // Ctrl-C (and SIGTERM) stop the server and the watcher, then the process exits 0. The handler only sets a flag
    // (all a signal handler may safely do); this thread looks at it ten times a second.
    signal(SIGINT) { _ in serveStopRequested = 1 }
    signal(SIGTERM) { _ in serveStopRequested = 1 }
    // A program started from a thread that blocks signals (a dispatch thread's `Process.run()`, some task runners)
    // inherits that mask, and would hold Ctrl-C pending forever: this thread takes both signals whatever it inherited.
    var stopSignals = sigset_t()
    sigemptyset(&stopSignals)
    sigaddset(&stopSignals, SIGINT)
    sigaddset(&stopSignals, SIGTERM)
    pthread_sigmask(SIG_UNBLOCK, &stopSignals, nil)
    while serveStopRequested == 0 { usleep(100_000) }
    let stopped = DispatchSemaphore(value: 0)
    Task {
      await result.session?.stop()
      stopped.signal()
    }
    _ = stopped.wait(timeout: .now() + 2)
    console.write("stopped\n")
    return 0
  }

  private static func openInBrowser(_ url: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["xdg-open", url]
    try? process.run()
  }

  /// What the starting task hands back to the waiting thread.
  private final class Box: @unchecked Sendable {
    var session: ServeSession?
    var failure: String?
  }
}
