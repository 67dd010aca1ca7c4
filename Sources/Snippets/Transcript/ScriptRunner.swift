extension BlockRunner {
  /// Runs a script: every statement in order, echoing values as Python's REPL would; stops at the first error.
  mutating func runScript() {
    interpreter.isRunningScript = true
    defer { showOpenFigures() }
    let (parsed, errors) = Parser.parse(snippet.text, manglesPrivateNames: true)
    // Python runs nothing of a file with a syntax error.
    if !errors.isEmpty {
      syntaxErrors = errors.map { refusal($0, at: $0.range.startLocation) }
      forgetNamesOfUnrunCode(parsed, refused: errors)
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
      result.variableSpans = execution.printedSpans
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
      if let error = execution.error {
        // Python would have run the rest of a block whose statement docbuild refused.
        if error.isLimit, let index = parsed.firstIndex(where: { $0.range.start == statement.range.start }) {
          forgetNamesOfUnrunCode(Array(parsed[(index + 1)...]), refused: [])
        }
        return
      }
    }
  }

  /// Forgets what `statements` and the statements behind `refused` syntax errors would have bound or changed in
  /// Python: none of them ran (RefusedNames.swift).
  private mutating func forgetNamesOfUnrunCode(_ statements: [Statement], refused: [SyntaxError]) {
    let lines = snippet.text.split(separator: "\n", omittingEmptySubsequences: false)
    for error in refused {
      let index = error.range.startLocation.line - 1
      guard lines.indices.contains(index) else { continue }
      let line = String(lines[index].drop(while: { $0 == " " }))
      interpreter.forget(
        Interpreter.namesBound(byRefusedCode: line), refusedAtLine: snippet.origin.line + index,
        code: snippet.text)
    }
    let bytes = Array(snippet.text.utf8)
    for statement in statements where statement.range.start >= 0 && statement.range.end <= bytes.count {
      interpreter.forget(
        Interpreter.namesChanged(by: [statement], isModule: interpreter.namesModule),
        refusedAtLine: snippet.origin.line + statement.range.startLocation.line - 1,
        code: String(decoding: bytes[statement.range.start..<statement.range.end], as: UTF8.self))
    }
  }
}
