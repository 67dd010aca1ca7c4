import Pipeline

/// The progress and summary lines.
enum Report {
  /// `ok   content/01-addition.md  9 snippets` or `FAIL content/02-x.md  9 snippets, 2 snippet problems`; links are
  /// checked after every chapter ran, so their problems appear only in the diagnostics and the summary.
  static func progressLine(_ page: PageProgress, style: Style) -> String {
    let snippets = counted(page.snippets, "snippet")
    if page.problems == 0 { return style.green("ok  ") + " \(TerminalText.escaped(page.path))  \(snippets)\n" }
    return style.red("FAIL")
      + " \(TerminalText.escaped(page.path))  \(snippets), \(counted(page.problems, "snippet problem"))\n"
  }

  /// `3 chapters · 27 snippets · 6 gradient tables · 14 claims verified in 38 ms`, or what failed.
  static func summary(_ outcome: PipelineOutcome, milliseconds: Int, mode: Mode, style: Style) -> String {
    let numbers = outcome.statistics
    let counts = [
      counted(numbers.chapters, "chapter"), counted(numbers.snippets, "snippet"),
      counted(numbers.gradientTables, "gradient table"), counted(numbers.claims, "claim"),
    ].joined(separator: " · ")
    // Only a book with numbered equations hears about them.
    let equations =
      numbers.equations == 0
      ? ""
      : " · \(numbers.checkedEquations) of \(counted(numbers.equations, "numbered equation")) checked by code"
    if outcome.verified { return "\(counts) verified in \(milliseconds) ms\(equations)" }
    let errors = style.red(counted(outcome.diagnostics.count, "error"))
    let kept = mode == .build ? "; the site was not written" : ""
    return "\(errors) · \(counts) in \(milliseconds) ms\(equations)\(kept)"
  }

  static func counted(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
  }
}
