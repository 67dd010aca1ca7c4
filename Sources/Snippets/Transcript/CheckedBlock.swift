/// A block run and then judged, as a build's run and verify stages treat it, for callers without a pipeline (tools,
/// benchmarks, tests).
@dynamicMemberLookup
public struct CheckedBlock: Sendable {
  /// What the block did.
  public var result: BlockResult
  /// The judgement of it.
  public var verdict: BlockVerdict
  /// Each statement with its verdict and expected output.
  public var statements: [CheckedStatement]

  /// Judges `result`, the observations of running `snippet`.
  public init(_ result: BlockResult, of snippet: Snippet) {
    self.result = result
    let verdict = BlockVerdict(judging: result, of: snippet)
    self.verdict = verdict
    let chunks = snippet.transcript?.chunks ?? []
    statements = result.statements.enumerated().map { index, statement in
      CheckedStatement(
        observed: statement, passed: index < verdict.passed.count ? verdict.passed[index] : true,
        chunk: index < chunks.count ? chunks[index] : nil)
    }
  }

  /// Transcript or script.
  public var form: SnippetForm { result.form }
  /// Every problem, in file coordinates.
  public var diagnostics: [SnippetDiagnostic] { verdict.diagnostics }

  /// The result's own fields.
  public subscript<Value>(dynamicMember path: KeyPath<BlockResult, Value>) -> Value { result[keyPath: path] }
}

/// One statement's observations with its verdict and, for a transcript, the output expected of it.
@dynamicMemberLookup
public struct CheckedStatement: Sendable {
  /// What it did.
  public var observed: StatementResult
  /// Whether the verdict passed it.
  public var passed: Bool
  /// Its transcript chunk; nil for a script's statement.
  public var chunk: TranscriptChunk?

  /// The expected output text; nil for scripts.
  public var expected: String? { chunk?.expected }
  /// The 0-based lines of the expected output; nil for scripts.
  public var expectedLines: Range<Int>? { chunk?.expectedLines }

  /// The observation's own fields.
  public subscript<Value>(dynamicMember path: KeyPath<StatementResult, Value>) -> Value { observed[keyPath: path] }
}

extension SnippetSession {
  /// Runs one block and judges what it did.
  public func check(_ snippet: Snippet) -> CheckedBlock {
    CheckedBlock(run(snippet), of: snippet)
  }
}
