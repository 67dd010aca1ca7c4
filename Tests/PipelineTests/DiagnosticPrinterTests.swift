import Testing

@testable import DocbuildCLI
@testable import Pipeline

@Test func diagnosticsPrintLocationSourceLineCaretAndNotes() throws {
  let source = try #require(
    SourceFile(path: "content/01-a.md", fileSystemPath: "x", bytes: Array("# A\n\n\t>>> café + x\n".utf8)))
  let diagnostic = Diagnostic(
    path: "content/01-a.md", line: 3, column: 14, message: "name 'x' is not defined",
    notes: ["left: array([1., 2.])\nright: array([1., 3.])", "largest difference: 1.0"])
  let expected = """
    content/01-a.md:3:14: error: name 'x' is not defined
    3 | \t>>> café + x
      | \t           ^
    note: left: array([1., 2.])
          right: array([1., 3.])
    note: largest difference: 1.0

    """
  #expect(DiagnosticPrinter.format([diagnostic], sources: [source]) == expected)
}

@Test func diagnosticsPrintSortedByPathLineAndColumn() {
  let diagnostics = [
    Diagnostic(path: "b.md", line: 1, column: 1, message: "third"),
    Diagnostic(path: "a.md", line: 10, column: 2, message: "second"),
    Diagnostic(path: "a.md", line: 2, column: 30, message: "first"),
  ]
  let printed = DiagnosticPrinter.format(diagnostics, sources: [])
  #expect(printed == "a.md:2:30: error: first\na.md:10:2: error: second\nb.md:1:1: error: third\n")
}

@Test func colourIsOnlyAddedWhenAsked() {
  let diagnostic = Diagnostic(path: "a.md", line: 1, column: 1, message: "m")
  #expect(!DiagnosticPrinter.format([diagnostic], sources: []).contains("\u{1B}["))
  #expect(DiagnosticPrinter.format([diagnostic], sources: [], color: true).contains("\u{1B}[1;31merror:"))
  #expect(!Console.wantsColor(environment: ["NO_COLOR": "1"]))
}

@Test func summaryCountsInTheSpecifiedForm() {
  #expect(Report.counted(1, "chapter") == "1 chapter")
  #expect(Report.counted(6, "gradient table") == "6 gradient tables")
}
