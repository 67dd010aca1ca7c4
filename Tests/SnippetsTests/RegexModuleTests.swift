import Testing

@testable import Snippets

/// The `re` module is checked against CPython in `Fixtures/interpreter/55-re-module.txt` and
/// `55-re-syntax-and-errors.txt` (`Fixtures/make_re_fixtures.py`). These tests hold what CPython cannot give an
/// expected text for: a pattern whose backtracking would run for years ends at the step budget, and what snippets do
/// not have (bytes patterns, `\N{...}`, `re.DEBUG`'s dump) is refused by name, never accepted as output.
struct RegexModuleTests {
  static let setup = ">>> import re\n"

  static func run(_ statement: String) throws -> String {
    let probe = SnippetSession().check(
      Snippet(text: Self.setup + ">>> " + statement, origin: .init(line: 1, column: 1)))
    return try #require(probe.statements.last?.output)
  }

  static let refused: [(String, String)] = [
    ("re.match(b'a', b'a')", "bytes pattern"),
    ("re.compile(b'[0-9]+')", "bytes pattern"),
    ("re.escape(b'a.b')", "decode the bytes"),
    ("re.match(r'\\N{EM DASH}', 'x')", "\\N{...}"),
    ("re.compile('a', re.DEBUG)", "re.DEBUG"),
    ("re.compile('(' * 300 + ')' * 300)", "nest groups at most 200 deep"),
  ]

  @Test(arguments: refused)
  func isRefusedAsDocbuildsLimit(statement: String, reason: String) throws {
    let output = try RefusalProbe.unacceptedOutput(Self.setup, statement)
    let refusal = output.contains("NotImplementedError: ") || output.contains("RecursionError: ")
    #expect(refusal && output.contains(reason), "\(statement) printed \(output)")
  }

  /// Each statement's error line (nil when it ran), under a step budget of `budget`.
  func errors(_ code: String, budget: Int) -> [String?] {
    BoundedRun.outcomes(code, stepBudget: budget).map(\.error)
  }

  /// CPython needs about 2**n steps to find that `(a*)*b` does not match n a's; docbuild stops at the statement's
  /// step budget (lowered here so the test is quick) with a diagnostic naming the pattern.
  @Test(arguments: [
    "re.match(r'(a*)*b', 'a' * 40)", "re.findall(r'(x+x+)+y', 'x' * 60)",
    "re.sub(r'(\\w+\\s?)+$', '', 'word ' * 30 + '!')",
  ])
  func catastrophicBacktrackingEndsAtTheStepBudget(statement: String) throws {
    let lines = errors("import re\n" + statement, budget: 200_000)
    let last = try #require(lines.last ?? nil)
    #expect(last.hasPrefix("RuntimeError: step budget exhausted: the regular expression"), "\(last)")
    #expect(last.contains("matching steps"), "\(last)")
  }

  /// The same pattern on a short string is CPython's answer, well inside the budget.
  @Test func backtrackingWithinTheBudgetRuns() {
    #expect(errors("import re\nre.match(r'(a*)*b', 'a' * 12)", budget: 200_000) == [nil, nil])
  }

  /// The matcher itself: group spans and `lastindex` as `_sre` leaves them, on a pattern with a repeat context.
  @Test func machineFollowsSreOrder() throws {
    let syntax = try RegexParser.parse("(?:(a)|b)*c", flags: 0)
    let program = RegexProgram(syntax)
    var machine = RegexMachine(
      program: program, text: "abc".unicodeScalars.map(\.value), end: 3, budget: 1000)
    #expect(try machine.match(at: 0) == 3)
    #expect(Array(machine.marks[2...3]) == [0, 1])
    #expect(machine.lastIndex == 1)
    var failing = RegexMachine(
      program: program, text: "abx".unicodeScalars.map(\.value), end: 3, budget: 1000)
    #expect(try failing.match(at: 0) == nil)
  }

  /// Every parse error carries CPython's position; the tokenizer counts code points, not UTF-16 units or bytes.
  @Test func errorPositionsCountCodePoints() {
    do {
      _ = try RegexParser.parse("\u{1F600}é(", flags: 0)
      Issue.record("an unterminated group parsed")
    } catch {
      #expect(error.message == "missing ), unterminated subpattern")
      #expect(error.position == 2)
    }
  }
}
