extension BlockRunner {
  /// Runs a script: every statement in order, echoing values as Python's REPL would; stops at the first error.
  mutating func runScript() {
    interpreter.isRunningScript = true
    defer { showOpenFigures() }
    let (parsed, errors) = Parser.parse(snippet.text)
    // Python runs nothing of a file with a syntax error. An `error` block must raise when run: a refusal to parse
    // is no such error, since what docbuild's language refuses is often valid Python.
    if !errors.isEmpty {
      for error in errors { report(error.errorLine, at: error.range.startLocation) }
      raisedAnError = true
      return
    }
    let code = Array(snippet.text.utf8)
    for statement in parsed {
      let start = statement.range.startLocation
      let origin = CodeOrigin(lineOffset: snippet.origin.line - 1, columnOffset: snippet.origin.column - 1)
      let execution = interpreter.execute(statement, in: code, origin: origin)
      var result = StatementResult(
        code: interpreter.text(of: statement.range), location: fileLocation(start),
        codeLines: (start.line - 1)..<statement.range.endLocation.line, output: "")
      var output = execution.printed
      result.figures = execution.figures
      if let diagram = execution.broadcastDiagram { result.broadcastDiagram = diagram }
      if let table = execution.gradientTable {
        result.gradientTable = table
        result.passed = reportGradients(table, at: start)
      }
      if let claim = execution.claim {
        result.claimHeld = claim.held
        if !claim.held {
          output += claim.message + "\n"
          reportClaim(claim, code: result.code, at: start, fileLocation: execution.claimLocation)
          result.passed = false
        }
      }
      if let error = execution.error {
        output += error.line + "\n"
        raisedAnError = true
        // A limit of docbuild's is no error Python would raise, so not what an `error` block may show.
        if !snippet.options.expectsError || error.isLimit {
          reportError(error, at: start)
          result.passed = false
        }
      }
      result.output = output.hasSuffix("\n") ? String(output.dropLast()) : output
      statements.append(result)
      if execution.error != nil { return }
    }
  }
}
