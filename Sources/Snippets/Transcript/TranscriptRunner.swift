import SourceText
import TensorCore

extension BlockRunner {
  /// Runs a transcript: each `>>> ` statement, its output compared with the expected text under it.
  mutating func runTranscript() {
    interpreter.isRunningScript = false
    defer { showOpenFigures() }
    let (chunks, strayLines) = TranscriptSplitter.splitTranscript(snippet.text)
    for line in strayLines {
      report(
        "text before the first '>>> ' prompt belongs to no statement; start statements with '>>> '",
        at: SourcePosition(line: line + 1, column: 1))
    }
    for chunk in chunks {
      // Out of memory, the chapter stops at the statement that ran out.
      if ResourceMeter.current?.memoryExhausted == true { break }
      runChunk(chunk)
    }
  }

  private mutating func runChunk(_ chunk: TranscriptChunk) {
    let start = chunk.blockLocation(of: SourcePosition(line: 1, column: 1))
    let expected = chunk.expected ?? ""
    var result = StatementResult(
      code: chunk.code, location: fileLocation(start), codeLines: chunk.codeLines, output: "", expected: expected,
      expectedLines: chunk.expectedLines)
    var (parsed, errors) = Parser.parse(chunk.code)
    // The REPL compiles what follows one prompt as a single statement: `a = 1; b = 2` is one line, but a second
    // line (after a compound statement, or continuing a simple one) is Python's SyntaxError.
    if errors.isEmpty, let first = parsed.first,
      let second = parsed.first(where: { $0.range.startLocation.line != first.range.startLocation.line })
    {
      errors = [
        SyntaxError(
          message: "multiple statements found while compiling a single statement: start each with '>>> '",
          range: second.range)
      ]
    }
    if let firstError = errors.first {
      // Never accepted as expected output: what docbuild's language refuses is often valid Python (`10 // 3`), so
      // a transcript showing the refusal would print something else in Python.
      result.output = firstError.errorLine
      result.outputCanBecomeExpected = false
      for error in errors { report(error.errorLine, at: chunk.blockLocation(of: error.range.startLocation)) }
      result.passed = false
      statements.append(result)
      return
    }
    let code = Array(chunk.code.utf8)
    var output = ""
    var raised: PythonError?
    var failedClaim: (ClaimOutcome, String, SourcePosition, SourcePosition?)?
    let origin = CodeOrigin(
      lineOffset: snippet.origin.line + chunk.codeLines.lowerBound - 1,
      columnOffset: snippet.origin.column - 1 + chunk.promptWidth)
    for statement in parsed {
      let execution = interpreter.execute(statement, in: code, origin: origin)
      output += execution.printed
      result.figures += execution.figures
      if let diagram = execution.broadcastDiagram { result.broadcastDiagram = diagram }
      if let table = execution.gradientTable {
        result.gradientTable = table
        if !reportGradients(table, at: chunk.blockLocation(of: statement.range.startLocation)) { result.passed = false }
      }
      if let claim = execution.claim {
        result.claimHeld = claim.held
        if !claim.held {
          output += claim.message + "\n"
          failedClaim = (
            claim, interpreter.text(of: statement.range), chunk.blockLocation(of: statement.range.startLocation),
            execution.claimLocation
          )
          break
        }
      }
      if let error = execution.error {
        output += error.line + "\n"
        raised = error
        raisedAnError = true
        break
      }
    }
    result.output = output.hasSuffix("\n") ? String(output.dropLast()) : output
    if let raised, raised.isLimit {
      // A limit of docbuild's, not an error Python would raise: never an expected output.
      report(raised.line, at: start)
      result.passed = false
      result.outputCanBecomeExpected = false
      statements.append(result)
      return
    }
    let matches = OutputComparison.matches(result.output, expected)
    if let (claim, code, location, fileLocation) = failedClaim {
      // A transcript may show a failing assert on purpose, with its AssertionError line as the expected output.
      if matches {
        raisedAnError = true
      } else {
        reportClaim(claim, code: code, at: location, fileLocation: fileLocation)
        result.passed = false
      }
    } else if !matches {
      let message = raised.map { "statement raised \($0.line)" } ?? "output does not match"
      var notes = OutputComparison.mismatchNotes(expected: expected, actual: result.output)
      if let raised, let location = raised.location {
        notes.append("raised at line \(location.line), column \(location.column)")
        notes += raised.notes
      }
      report(message, at: start, notes: notes)
      result.passed = false
    }
    statements.append(result)
  }
}
