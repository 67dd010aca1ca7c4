import Plot
import SourceText

/// The options of a ```tensor fence: the words after `tensor` in its info string.
public struct SnippetOptions: Sendable, Hashable {
  /// Run it, show nothing on the page.
  public var hide: Bool
  /// The block must raise; its error line is its output.
  public var expectsError: Bool
  /// Start a new namespace before this block.
  public var fresh: Bool

  /// Makes options; all off by default.
  public init(hide: Bool = false, expectsError: Bool = false, fresh: Bool = false) {
    self.hide = hide
    self.expectsError = expectsError
    self.fresh = fresh
  }
}

/// One tensor block's text and where its first line starts in its file.
public struct Snippet: Sendable {
  /// The block's content, lines separated by "\n" (no fence lines).
  public var text: String
  /// Where the first character of `text` sits in the Markdown file; line k of `text` (0-based) is file line
  /// `origin.line + k`, and a column c within a line is file column `origin.column + c - 1`.
  public var origin: SourcePosition
  /// The fence's options.
  public var options: SnippetOptions

  /// Makes a snippet.
  public init(text: String, origin: SourcePosition, options: SnippetOptions = SnippetOptions()) {
    self.text = text
    self.origin = origin
    self.options = options
  }
}

/// Whether a block is a doctest-style transcript (`>>> ` prompts) or a plain script.
public enum SnippetForm: Sendable, Hashable, Codable {
  case transcript
  case script
}

/// A problem found while parsing or running a snippet, located in the Markdown file.
public struct SnippetDiagnostic: Sendable, Hashable, Codable {
  /// The message, without the `error:` prefix.
  public var message: String
  /// Where it points, in file coordinates.
  public var location: SourcePosition
  /// Extra lines shown as `note: …` (both sides of a failed claim, expected/actual output).
  public var notes: [String]

  /// Makes a diagnostic.
  public init(message: String, location: SourcePosition, notes: [String] = []) {
    self.message = message
    self.location = location
    self.notes = notes
  }
}

/// What one statement did: its source, what it printed, and how that compares with the expected text.
public struct StatementResult: Sendable, Hashable, Codable {
  /// The statement's code, without `>>> `/`... ` prompts, continuation lines joined by "\n".
  public var code: String
  /// Where the statement starts in the file.
  public var location: SourcePosition
  /// 0-based line indices within `Snippet.text` that the statement's code occupies (prompt lines included).
  public var codeLines: Range<Int>
  /// Everything it printed: the echo of its value, `print` output, or its error line; "" when nothing.
  public var output: String
  /// For transcripts: the expected output written under the statement ("" when none); nil for scripts.
  public var expected: String?
  /// For transcripts: 0-based line indices within `Snippet.text` of the expected-output lines (possibly empty,
  /// positioned right after `codeLines`); `fix` replaces exactly these lines.
  public var expectedLines: Range<Int>?
  /// False when the statement raised unexpectedly, its output differs from `expected`, or its claim failed.
  public var passed: Bool
  /// Set for `assert` statements: whether the claim held.
  public var claimHeld: Bool?
  /// The gradient table this statement produced (`gradients(...)`), if any.
  public var gradientTable: GradientTable?
  /// The matplotlib figures this statement showed (`plt.show()`, or the block's end with a figure open), in order.
  public var figures: [Figure] = []
  /// The broadcast diagram this statement drew (`broadcast_diagram(...)`), if any.
  public var broadcastDiagram: BroadcastDiagram?
  /// Whether `fix` may write `output` as the expected text: false when the statement does not parse, since a
  /// snippet that uses what the language lacks must be rewritten, not recorded as failing.
  public var outputCanBecomeExpected = true

  /// Makes a statement result.
  public init(
    code: String, location: SourcePosition, codeLines: Range<Int>, output: String, expected: String? = nil,
    expectedLines: Range<Int>? = nil, passed: Bool = true, claimHeld: Bool? = nil, gradientTable: GradientTable? = nil
  ) {
    self.code = code
    self.location = location
    self.codeLines = codeLines
    self.output = output
    self.expected = expected
    self.expectedLines = expectedLines
    self.passed = passed
    self.claimHeld = claimHeld
    self.gradientTable = gradientTable
  }
}

/// One row of a gradient table: ∂l/∂x for one argument of `gradients(l, x1, …)`.
public struct GradientRow: Sendable, Hashable, Codable {
  /// The argument's source text as written (`W`, `b`, `z`).
  public var name: String
  /// The argument's shape.
  public var shape: [Int]
  /// The shape of ∂l/∂x; always equal to `shape`.
  public var gradientShape: [Int]
  /// Axes of the broadcast result that the gradient was summed over to get back to `shape` (empty when none).
  public var summedAxes: [Int]
  /// The shapes of the broadcast results the argument took part in (empty when it was never broadcast), for the
  /// table's shape diagrams.
  public var broadcastShapes: [[Int]]
  /// The gradient's values as NumPy's `str` prints them.
  public var gradientText: String
  /// The largest absolute difference between the autodiff gradient and central finite differences.
  public var maxDifference: Double
  /// True when every element agrees within atol 1e-5 + rtol 1e-3.
  public var passed: Bool

  /// Makes a row.
  public init(
    name: String, shape: [Int], gradientShape: [Int], summedAxes: [Int], gradientText: String, maxDifference: Double,
    passed: Bool, broadcastShapes: [[Int]] = []
  ) {
    self.name = name
    self.broadcastShapes = broadcastShapes
    self.shape = shape
    self.gradientShape = gradientShape
    self.summedAxes = summedAxes
    self.gradientText = gradientText
    self.maxDifference = maxDifference
    self.passed = passed
  }
}

/// The data behind one gradient table: the differentiated value and one row per argument.
public struct GradientTable: Sendable, Hashable, Codable {
  /// The source text of the first argument of `gradients` (the value differentiated, e.g. `l`).
  public var target: String
  /// The rows, in argument order.
  public var rows: [GradientRow]

  /// Makes a table.
  public init(target: String, rows: [GradientRow]) {
    self.target = target
    self.rows = rows
  }
}

/// Everything one block produced, for verifying, splicing and rendering.
public struct BlockResult: Sendable, Hashable, Codable {
  /// Transcript or script.
  public var form: SnippetForm
  /// Every statement in order.
  public var statements: [StatementResult]
  /// Every problem in the block, already in file coordinates.
  public var diagnostics: [SnippetDiagnostic]

  /// Makes a block result.
  public init(form: SnippetForm, statements: [StatementResult], diagnostics: [SnippetDiagnostic]) {
    self.form = form
    self.statements = statements
    self.diagnostics = diagnostics
  }

  /// The gradient tables of the block, in statement order.
  public var gradientTables: [GradientTable] { statements.compactMap(\.gradientTable) }

  /// The broadcast diagrams of the block, in statement order.
  public var broadcastDiagrams: [BroadcastDiagram] { statements.compactMap(\.broadcastDiagram) }
}
