extension BlockRunner {
  /// Runs a script: every statement in order, echoing values as Python's REPL would; stops at the first error.
  mutating func runScript() {
    interpreter.isRunningScript = true
    defer { showOpenFigures() }
    let (parsed, errors) = Parser.parse(snippet.text)
    // Python runs nothing of a file with a syntax error.
    if !errors.isEmpty {
      syntaxErrors = errors.map { refusal($0, at: $0.range.startLocation) }
      return
    }
    let code = Array(snippet.text.utf8)
    let origin = CodeOrigin(lineOffset: snippet.origin.line - 1, columnOffset: snippet.origin.column - 1)
    for statement in parsed {
      let start = statement.range.startLocation
      let execution = interpreter.execute(statement, in: code, origin: origin)
      var result = StatementResult(
        code: interpreter.text(of: statement.range), location: snippet.fileLocation(start),
        codeLines: (start.line - 1)..<statement.range.endLocation.line, output: "")
      var output = execution.printed
      result.figures = execution.figures
      if let diagram = execution.broadcastDiagram { result.broadcastDiagram = diagram }
      if var table = execution.gradientTable {
        table.location = result.location
        result.gradientTable = table
      }
      if let outcome = execution.claim {
        result.claim = claim(
          outcome, statementCode: result.code, at: start, fileLocation: execution.claimLocation)
        if !outcome.held { output += outcome.message + "\n" }
      }
      if let error = execution.error {
        output += error.line + "\n"
        result.error = Self.raised(error)
      }
      result.output = output.hasSuffix("\n") ? String(output.dropLast()) : output
      statements.append(result)
      if execution.error != nil { return }
    }
  }
}
