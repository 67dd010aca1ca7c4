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

/// One tensor block as the parse stage reads it: its text, where its first line starts in its file, its fence's
/// options and, for a transcript, the one split of its lines into statements and expected output.
public struct Snippet: Sendable {
  /// The block's content, lines separated by "\n" (no fence lines).
  public var text: String
  /// Where the first character of `text` sits in the Markdown file; line k of `text` (0-based) is file line
  /// `origin.line + k`, and a column c within a line is file column `origin.column + c - 1`.
  public var origin: SourcePosition
  /// The fence's options.
  public var options: SnippetOptions
  /// The statements and expected output of a transcript; nil for a script.
  public var transcript: Transcript?

  /// Makes a snippet, splitting a transcript's lines once.
  public init(text: String, origin: SourcePosition, options: SnippetOptions = SnippetOptions()) {
    self.text = text
    self.origin = origin
    self.options = options
    self.transcript = Transcript(text)
  }

  /// Transcript or script.
  public var form: SnippetForm { transcript == nil ? .script : .transcript }

  /// A block location (1-based line and column within `text`) in file coordinates.
  public func fileLocation(_ location: SourcePosition) -> SourcePosition {
    SourcePosition(line: origin.line + location.line - 1, column: origin.column + location.column - 1)
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

/// A part of `StatementResult.output` that CPython prints differently from run to run, which the expected text may
/// show as any run would: a set of strings in any order, a memory address as any address.
public struct VariableSpan: Sendable, Hashable, Codable {
  /// What varies.
  public enum Kind: Sendable, Hashable, Codable {
    /// A set whose order CPython takes from hashes that change with PYTHONHASHSEED (a set of strings): its opening
    /// (`{` or `frozenset({`), its elements' reprs in the order docbuild printed them, its closing (`}` or `})`).
    case anyOrder(opening: String, elements: [String], closing: String)
    /// An object's memory address (`<function f at 0x…>`): docbuild prints `0x…`; the expected text may show any
    /// address, or `0x…`.
    case address
  }

  /// Where the part starts in the output, in Unicode scalars.
  public var offset: Int
  /// What it is.
  public var kind: Kind

  /// The part as docbuild printed it.
  public var text: String {
    switch kind {
    case .anyOrder(let opening, let elements, let closing): opening + elements.joined(separator: ", ") + closing
    case .address: "0x…"
    }
  }
}

/// What one statement did when it ran, judged by nobody yet: its source, what it printed or raised, its claim's
/// outcome and its gradient table's numbers. The verify stage holds these against the expectations (`BlockVerdict`).
public struct StatementResult: Sendable, Hashable, Codable {
  /// The statement's code, without `>>> `/`... ` prompts, continuation lines joined by "\n".
  public var code: String
  /// Where the statement starts in the file.
  public var location: SourcePosition
  /// 0-based line indices within `Snippet.text` that the statement's code occupies (prompt lines included).
  public var codeLines: Range<Int>
  /// Everything it printed: the echo of its value, `print` output, a failed claim's or an exception's error line,
  /// or the parser's refusal; "" when nothing.
  public var output: String
  /// The parts of `output` that CPython prints differently from run to run (a set of strings' order, an address),
  /// which the expected text may show as any run would.
  public var variableSpans: [VariableSpan] = []
  /// The outcome of its (last) `assert`, if it ran one.
  public var claim: ClaimObservation?
  /// The exception that stopped it, if any.
  public var error: RaisedError?
  /// For a transcript statement the parser refused, its errors (in file coordinates); then nothing of it ran.
  public var syntaxErrors: [SnippetDiagnostic] = []
  /// The gradient table this statement produced (`gradients(...)`), if any.
  public var gradientTable: GradientTable?
  /// The matplotlib figures this statement showed (`plt.show()`, or the block's end with a figure open), in order.
  public var figures: [Figure] = []
  /// The broadcast diagram this statement drew (`broadcast_diagram(...)`), if any.
  public var broadcastDiagram: BroadcastDiagram?

  /// Makes a statement result.
  public init(
    code: String, location: SourcePosition, codeLines: Range<Int>, output: String, claim: ClaimObservation? = nil,
    error: RaisedError? = nil, gradientTable: GradientTable? = nil
  ) {
    self.code = code
    self.location = location
    self.codeLines = codeLines
    self.output = output
    self.claim = claim
    self.error = error
    self.gradientTable = gradientTable
  }

  /// Set for `assert` statements: whether the claim held.
  public var claimHeld: Bool? { claim?.held }

  /// Whether `fix` may write `output` as the expected text: not when the statement does not parse, since a snippet
  /// that uses what the language lacks must be rewritten, not recorded as failing, nor when it hit one of
  /// docbuild's limits, which is no error Python would raise.
  public var outputCanBecomeExpected: Bool { syntaxErrors.isEmpty && error?.isLimit != true }
}

/// What an `assert` found.
public struct ClaimObservation: Sendable, Hashable, Codable {
  /// True when the condition was true.
  public var held: Bool
  /// The code the claim is reported by: the assert's own, or its statement's.
  public var code: String
  /// For a failed claim: both sides in NumPy's text and their largest difference.
  public var notes: [String]
  /// Where the assert is in the file (inside a function or loop, the assert's own line).
  public var location: SourcePosition

  /// Makes a claim outcome.
  public init(held: Bool, code: String, notes: [String] = [], location: SourcePosition) {
    self.held = held
    self.code = code
    self.notes = notes
    self.location = location
  }
}

/// An exception a statement raised.
public struct RaisedError: Sendable, Hashable, Codable {
  /// Python's last traceback line (`ValueError: …`).
  public var line: String
  /// Where it was raised, when inside a function defined elsewhere (file coordinates); nil for the statement itself.
  public var location: SourcePosition?
  /// The calls that led there, as notes.
  public var notes: [String]
  /// True for one of docbuild's own limits (memory, work, output), which Python would not raise.
  public var isLimit: Bool

  /// Makes a raised error.
  public init(line: String, location: SourcePosition? = nil, notes: [String] = [], isLimit: Bool = false) {
    self.line = line
    self.location = location
    self.notes = notes
    self.isLimit = isLimit
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
  /// The autodiff gradient's elements, in order.
  public var autodiff: [Double]
  /// The same elements by central finite differences over the recorded computation.
  public var numeric: [Double]

  /// Makes a row.
  public init(
    name: String, shape: [Int], gradientShape: [Int], summedAxes: [Int], gradientText: String, autodiff: [Double],
    numeric: [Double], broadcastShapes: [[Int]] = []
  ) {
    self.name = name
    self.broadcastShapes = broadcastShapes
    self.shape = shape
    self.gradientShape = gradientShape
    self.summedAxes = summedAxes
    self.gradientText = gradientText
    self.autodiff = autodiff
    self.numeric = numeric
  }

  /// The largest |autodiff − numeric| over the elements; NaN when any difference is NaN.
  public var maxDifference: Double {
    var largest = 0.0
    for (a, n) in zip(autodiff, numeric) {
      let difference = Swift.abs(a - n)
      if difference.isNaN { return .nan }
      largest = Swift.max(largest, difference)
    }
    return largest
  }
}

/// The data behind one gradient table: the differentiated value and one row per argument.
public struct GradientTable: Sendable, Hashable, Codable {
  /// The source text of the first argument of `gradients` (the value differentiated, e.g. `l`).
  public var target: String
  /// The rows, in argument order.
  public var rows: [GradientRow]
  /// Where the statement that made it starts in the file; set by the runner, which knows the statement.
  public var location: SourcePosition?

  /// Makes a table.
  public init(target: String, rows: [GradientRow]) {
    self.target = target
    self.rows = rows
  }
}

/// Everything one block did when it ran, for judging, splicing and rendering.
public struct BlockResult: Sendable, Hashable, Codable {
  /// Transcript or script.
  public var form: SnippetForm
  /// Every statement that ran, in order.
  public var statements: [StatementResult]
  /// For a script the parser refused, its errors (in file coordinates); then nothing of it ran.
  public var syntaxErrors: [SnippetDiagnostic]
  /// False when the block did not run at all: the chapter had run out of memory in an earlier block.
  public var ran: Bool

  /// Makes a block result.
  public init(
    form: SnippetForm, statements: [StatementResult], syntaxErrors: [SnippetDiagnostic] = [], ran: Bool = true
  ) {
    self.form = form
    self.statements = statements
    self.syntaxErrors = syntaxErrors
    self.ran = ran
  }

  /// The gradient tables of the block, in statement order.
  public var gradientTables: [GradientTable] { statements.compactMap(\.gradientTable) }

  /// The broadcast diagrams of the block, in statement order.
  public var broadcastDiagrams: [BroadcastDiagram] { statements.compactMap(\.broadcastDiagram) }
}
