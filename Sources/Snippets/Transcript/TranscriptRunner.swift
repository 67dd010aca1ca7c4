import SourceText
import TensorCore

extension BlockRunner {
  /// Runs a transcript: each `>>> ` statement in turn, recording what it printed for the verdict to compare with the
  /// expected text under it.
  mutating func runTranscript(_ transcript: Transcript) {
    interpreter.isRunningScript = false
    defer { showOpenFigures() }
    for chunk in transcript.chunks {
      // Out of memory, the chapter stops at the statement that ran out.
      if ResourceMeter.current?.memoryExhausted == true { break }
      runChunk(chunk)
    }
  }

  private mutating func runChunk(_ chunk: TranscriptChunk) {
    let start = chunk.blockLocation(of: SourcePosition(line: 1, column: 1))
    var result = StatementResult(
      code: chunk.code, location: snippet.fileLocation(start), codeLines: chunk.codeLines, output: "")
    var (parsed, errors) = Parser.parse(chunk.code, manglesPrivateNames: true)
    // The REPL compiles what follows one prompt as a single statement: `a = 1; b = 2` is one logical line (also
    // when `a = [1,\n 2]; a` spans two), but a statement starting on a later line than the one before it ends (after
    // a compound statement, or continuing a simple one) is Python's SyntaxError.
    if errors.isEmpty,
      let second = parsed.indices.dropFirst().first(where: {
        parsed[$0].range.startLocation.line > parsed[$0 - 1].range.endLocation.line
      }).map({ parsed[$0] })
    {
      errors = [
        SyntaxError(
          message: "multiple statements found while compiling a single statement: start each with '>>> '",
          range: second.range)
      ]
    }
    if let firstError = errors.first {
      result.output = firstError.errorLine
      result.syntaxErrors = errors.map { refusal($0, at: chunk.blockLocation(of: $0.range.startLocation)) }
      // Python would have run it (docbuild's syntax errors are refusals): what it binds is unknown from here on.
      interpreter.forget(
        interpreter.namesPossiblyBound(byRefusedCode: chunk.code), refusedAtLine: snippet.fileLocation(start).line,
        code: chunk.code)
      statements.append(result)
      return
    }
    let code = Array(chunk.code.utf8)
    var output = ""
    let origin = CodeOrigin(
      lineOffset: snippet.origin.line + chunk.codeLines.lowerBound - 1,
      columnOffset: snippet.origin.column - 1 + chunk.promptWidth)
    for statement in parsed {
      let execution = interpreter.execute(statement, in: code, origin: origin)
      let statementStart = chunk.blockLocation(of: statement.range.startLocation)
      let shift = output.unicodeScalars.count
      result.variableSpans += execution.printedSpans.map { span in
        var span = span
        span.offset += shift
        return span
      }
      output += execution.printed
      result.figures += execution.figures
      if let diagram = execution.broadcastDiagram { result.broadcastDiagram = diagram }
      if var table = execution.gradientTable {
        table.location = snippet.fileLocation(statementStart)
        result.gradientTable = table
      }
      if let outcome = execution.claim {
        result.claim = claim(
          outcome, statementCode: interpreter.text(of: statement.range), at: statementStart,
          fileLocation: execution.claimLocation)
        if !outcome.held {
          output += outcome.message + "\n"
          break
        }
      }
      if let error = execution.error {
        output += error.line + "\n"
        result.error = Self.raised(error)
        break
      }
    }
    result.output = output.hasSuffix("\n") ? String(output.dropLast()) : output
    statements.append(result)
  }
}
