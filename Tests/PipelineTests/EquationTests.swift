import Foundation
import Markdown
import Site
import SourceText
import TestSupport
import Testing

@testable import DocbuildCLI
@testable import Pipeline

/// Text with `▸` markers removed, and the 1-based position (UTF-8 byte column) of each marker in order.
private func unmarked(_ source: String) -> (text: String, positions: [SourcePosition]) {
  var text = ""
  var positions: [SourcePosition] = []
  var line = 1
  var column = 1
  for character in source {
    if character == "▸" {
      positions.append(SourcePosition(line: line, column: column))
      continue
    }
    text.append(character)
    if character == "\n" {
      line += 1
      column = 1
    } else {
      column += character.utf8.count
    }
  }
  return (text, positions)
}

/// Checks (or builds) a book of chapters under `content/` in a fresh folder; `files` maps names to text.
private func run(_ files: [String: String], build: Bool = false) throws -> (PipelineOutcome, URL) {
  let folder = try temporaryDirectory("docbuild-equations")
  try writeFiles(files.mapValues { Array($0.utf8) }, under: folder.appendingPathComponent("content"))
  let options = PipelineOptions(
    contentDirectory: folder.appendingPathComponent("content").path,
    outputDirectory: folder.appendingPathComponent("site").path, jobs: 2, workingDirectory: folder.path)
  return (build ? try Pipeline.build(options) : try Pipeline.check(options), folder)
}

private func page(_ outcome: PipelineOutcome, _ file: String) -> String {
  String(decoding: outcome.book.site?.files[file] ?? [], as: UTF8.self)
}

private let chapterOne = """
  # One

  $$ a = b $$ {#eq-first}

  $$
  c = d
  $$ {#eq-second}

  ![A picture](dot.svg){#fig-dot}

  ```tensor checks=eq-first
  x = np.array([1.0, 2.0])
  l = (x * 3.0).sum()
  assert np.allclose(grad(l, x), 3.0)
  ```

  """

private let chapterTwo = """
  # Two

  ## Batches {#sec-batches}

  $$ Z = X W + b $$ {#eq-batch}

  As @eq-first says, and [-@eq-second]; see @fig-dot, [@eq-batch] and @sec-batches.

  ```tensor
  b = np.array([1.0, 2.0])
  l = (b * 2.0).sum()
  assert np.allclose(grad(l, b), 2.0)  # checks eq-batch
  gradients(l, b)
  ```

  """

private let dot = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"4\" height=\"4\"></svg>"

@Test(
  arguments: [
    (nil, ["eq-first": "1.1", "eq-second": "1.2", "eq-batch": "2.1", "fig-dot": "1.1"]),
    ("book", ["eq-first": "1", "eq-second": "2", "eq-batch": "3", "fig-dot": "1"]),
  ] as [(String?, [String: String])])
func equationsAndFiguresAreNumberedPerChapterOrPerBook(_ numbering: String?, _ expected: [String: String]) throws {
  var files = ["01-one.md": chapterOne, "02-two.md": chapterTwo, "dot.svg": dot]
  if let numbering { files["book.json"] = "{\"equationNumbering\": \"\(numbering)\"}" }
  let (outcome, folder) = try run(files)
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
  #expect(outcome.book.crossReferences.targets.mapValues(\.number).filter { $0.value != "" } == expected)
  for (label, number) in expected where label.hasPrefix("eq-") {
    let file = label == "eq-batch" ? "two.html" : "one.html"
    #expect(page(outcome, file).contains("id=\"\(label)\"><math"))
    #expect(page(outcome, file).contains("<span class=\"equation-number\">(\(number))"))
  }
}

@Test func referencesLinkWithinAndAcrossChaptersAndPrintingKeepsThem() throws {
  let (outcome, folder) = try run(["01-one.md": chapterOne, "02-two.md": chapterTwo, "dot.svg": dot])
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
  let two = page(outcome, "two.html")
  #expect(two.contains("As <a class=\"xref\" href=\"one.html#eq-first\">Equation 1.1</a> says"))
  #expect(two.contains("<a class=\"xref\" href=\"one.html#eq-second\">1.2</a>;"))
  #expect(two.contains("<a class=\"xref\" href=\"one.html#fig-dot\">Figure 1.1</a>"))
  #expect(two.contains("<a class=\"xref\" href=\"#eq-batch\">Equation 2.1</a>"))
  #expect(two.contains("<a class=\"xref\" href=\"#sec-batches\">Batches</a>"))
  #expect(two.contains("<h2 id=\"sec-batches\">Batches"))
  #expect(two.contains("<a href=\"#sec-batches\">Batches</a>"), "the table of contents links the label")
  let print = page(outcome, "print.html")
  #expect(print.contains("<span class=\"equation\" id=\"one:eq-first\">"))
  #expect(print.contains("<a class=\"xref\" href=\"#one:eq-first\">Equation 1.1</a>"))
  #expect(print.contains("<a class=\"equation-check\" href=\"#two:code-1\""))
  let search = page(outcome, "search-index.json")
  #expect(search.contains("{\"heading\":\"Equation 2.1\",\"id\":\"eq-batch\",\"text\":\"Z"))
  #expect(search.contains("{\"heading\":\"Figure 1.1\",\"id\":\"fig-dot\",\"text\":\"A picture\"}"))
  #expect(search.contains("As Equation 1.1 says, and 1.2; see Figure 1.1, Equation 2.1 and Batches."))
}

@Test func checkedEquationsCarryAMarkAndTheirCodeLinksBack() throws {
  let (outcome, folder) = try run(["01-one.md": chapterOne, "02-two.md": chapterTwo, "dot.svg": dot])
  defer { try? FileManager.default.removeItem(at: folder) }
  for (file, name) in [("one.html", "one"), ("two.html", "two")] {
    Golden.check(
      mainElement(of: page(outcome, file)), against: goldenDirectory.appendingPathComponent("equations/\(name).html"))
  }
  let one = page(outcome, "one.html")
  // The number sits outside the formula, and the mark says in words what it means.
  #expect(one.contains("</math><span class=\"equation-number\">(1.1)<a class=\"equation-check\" href=\"#code-1\""))
  #expect(one.contains("<span class=\"visually-hidden\">checked by code</span>"))
  #expect(one.contains("<span class=\"equation-number\">(1.2)</span>"), "an unchecked equation has no mark")
  #expect(one.contains("<div class=\"checking-code\" id=\"code-1\">"))
  #expect(one.contains("This code checks <a href=\"#eq-first\">Equation 1.1</a>."))
  #expect(outcome.statistics.equations == 3)
  #expect(outcome.statistics.checkedEquations == 2)
  let summary = Report.summary(outcome, milliseconds: 5, mode: .check, style: Style(enabled: false))
  #expect(summary.hasSuffix("verified in 5 ms · 2 of 3 numbered equations checked by code"))
}

@Test func aBookWithoutNumberedEquationsKeepsItsSummary() throws {
  let (outcome, folder) = try run(["01-plain.md": "# Plain\n\n$$ a $$\n"])
  defer { try? FileManager.default.removeItem(at: folder) }
  let summary = Report.summary(outcome, milliseconds: 5, mode: .check, style: Style(enabled: false))
  #expect(summary == "1 chapter · 0 snippets · 0 gradient tables · 0 claims verified in 5 ms")
}

/// A book that must fail: chapters with a `▸` before the place the error points at, and what it says.
struct EquationErrorCase: CustomTestStringConvertible, Sendable {
  var name: String
  var chapter: String
  /// The first chapter; a `▸` marks the label that `{other}` in `note` names by its place.
  var other: String = "# Other\n\n$$ o $$ ▸{#eq-other}\n"
  var settings: String?
  var message: String
  var note: String?
  var testDescription: String { name }
}

@Test(arguments: [
  EquationErrorCase(
    name: "missing label", chapter: "# A\n\nSee ▸@eq-nowhere.\n",
    message: "'@eq-nowhere' refers to a label the book does not define", note: "{#eq-nowhere}"),
  EquationErrorCase(
    name: "duplicate label across chapters", chapter: "# A\n\n$$ a $$ ▸{#eq-other}\n",
    message: "duplicate label 'eq-other'", note: "first defined at {other}"),
  EquationErrorCase(
    name: "label after text", chapter: "# A\n\nSome text ▸{#eq-stray}\n",
    message: "'{#eq-stray}' labels nothing"),
  EquationErrorCase(
    name: "section label on an equation", chapter: "# A\n\n$$ a $$ ▸{#sec-a}\n",
    message: "'{#sec-a}' follows a display equation, whose label must start with 'eq-'"),
  EquationErrorCase(
    name: "bound label without an equation", chapter: "# A\n\n```tensor checks=▸eq-none\nassert True\n```\n",
    message: "'eq-none' is not the label of a numbered equation"),
  EquationErrorCase(
    name: "bound label of a section",
    chapter: "# A {#sec-a}\n\n```tensor hide checks=eq-other,▸sec-a\nassert True\n```\n",
    message: "'sec-a' is not the label of a numbered equation", note: "'sec-a' labels a section"),
  EquationErrorCase(
    name: "comment on a line that is not a claim", chapter: "# A\n\n```tensor\nx = 1  # checks ▸eq-other\n```\n",
    message: "'# checks' must end an assert line"),
  EquationErrorCase(
    name: "bound block without a claim", chapter: "# A\n\n```tensor checks=▸eq-other\nx = 1\n```\n",
    message: "this block checks 'eq-other' but makes no claim"),
  EquationErrorCase(
    name: "failing bound claim", chapter: "# A\n\n```tensor checks=eq-other\nx = 1.0\n▸assert x == 2.0\n```\n",
    message: "claim failed: assert x == 2.0", note: "this checks Equation 1.1 ('eq-other') at {other}"),
  EquationErrorCase(
    name: "failing claim bound by its comment",
    chapter: "# A\n\n```tensor\n>>> ▸assert 1 == 2  # checks eq-other\n```\n",
    message: "claim failed", note: "this checks Equation 1.1 ('eq-other')"),
  EquationErrorCase(
    name: "unchecked equation when every one must be", chapter: "# A\n\n$$ a $$ ▸{#eq-a}\n",
    other: "# Other\n", settings: "{\"requireCheckedEquations\": true}",
    message: "Equation 2.1 ('eq-a') is not checked by any code", note: "\"requireCheckedEquations\": true"),
])
func labelMistakesAreLocatedErrors(_ test: EquationErrorCase) throws {
  let (text, positions) = unmarked(test.chapter)
  let (other, otherPositions) = unmarked(test.other)
  var files = ["01-other.md": other, "02-a.md": text]
  if let settings = test.settings { files["book.json"] = settings }
  let (outcome, folder) = try run(files)
  defer { try? FileManager.default.removeItem(at: folder) }
  let position = try #require(positions.first)
  let matching = outcome.diagnostics.filter { $0.message.contains(test.message) }
  #expect(matching.count == 1, "\(outcome.diagnostics)")
  let diagnostic = try #require(matching.first)
  #expect(diagnostic.path == "content/02-a.md")
  #expect(SourcePosition(line: diagnostic.line, column: diagnostic.column) == position)
  if var note = test.note {
    if let label = otherPositions.first {
      note = note.replacingOccurrences(of: "{other}", with: "content/01-other.md:\(label.line):\(label.column)")
    }
    #expect(diagnostic.notes.contains { $0.contains(note) }, "\(diagnostic.notes)")
  }
  #expect(!outcome.verified)
}

@Test func anUncheckedEquationIsFineUnlessTheBookRequiresChecks() throws {
  let (outcome, folder) = try run(["01-a.md": "# A\n\n$$ a $$ {#eq-a}\n"])
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.verified, "\(outcome.diagnostics)")
  #expect(outcome.statistics.equations == 1)
  #expect(outcome.statistics.checkedEquations == 0)
}

@Test func aTensorBlockLabelledAsAFigureIsNumberedAndCaptioned() throws {
  let chapter = """
    # Plots

    $$ a $$ {#eq-a}

    ```tensor
    #| label: fig-loss
    #| fig-cap: The loss falls
    x = np.array([1.0, 2.0])
    print(x)
    ```

    See @fig-loss, [its code](#fig-loss) and [the equation](#eq-a).

    """
  let (outcome, folder) = try run(["01-plots.md": chapter])
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
  let html = page(outcome, "plots.html")
  #expect(html.contains("<figure class=\"code-figure\" id=\"fig-loss\">\n<pre class=\"code\">"))
  #expect(html.contains("<figcaption>Figure 1.1: The loss falls</figcaption></figure>"))
  #expect(html.contains("See <a class=\"xref\" href=\"#fig-loss\">Figure 1.1</a>"))
}

@Test(arguments: [
  ("eq-wrong", "'eq-wrong' follows '#| label:' in a tensor block, whose label must start with 'fig-'"),
  (
    "fig-<b>x</b>",
    "'#| label: fig-<b>x</b>' is not a label: write fig- and then letters, digits, '_' and single '-'"
  ),
])
func aCellLabelThatIsNotAFigureLabelIsALocatedError(_ label: String, _ message: String) throws {
  let (text, positions) = unmarked("# A\n\n```tensor\n#| label: ▸\(label)\ny = 1\n```\n")
  let (outcome, folder) = try run(["01-a.md": text])
  defer { try? FileManager.default.removeItem(at: folder) }
  let diagnostic = try #require(outcome.diagnostics.first)
  #expect(diagnostic.message == message)
  #expect(SourcePosition(line: diagnostic.line, column: diagnostic.column) == positions.first)
}

@Test func hiddenCodeThatChecksAnEquationStillLinksBackAndGradientTablesCount() throws {
  let chapter = """
    # Hidden

    $$ \\frac{\\partial l}{\\partial b} = \\sum_k G_k $$ {#eq-sum}

    ```tensor hide checks=eq-sum
    G = np.array([[1.0, 2.0], [3.0, 4.0]])
    b = np.array([0.5, -0.5])
    l = ((np.ones((2, 2)) + b) * G).sum()
    gradients(l, b)
    ```

    """
  let (outcome, folder) = try run(["01-hidden.md": chapter])
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
  #expect(outcome.statistics.checkedEquations == 1, "a gradient table alone is a bound claim")
  let html = page(outcome, "hidden.html")
  #expect(html.contains("<a class=\"equation-check\" href=\"#code-1\""))
  #expect(
    html.contains(
      "<div class=\"checking-code\" id=\"code-1\"><p class=\"checks-equation\">Hidden code on this page checks "
        + "<a href=\"#eq-sum\">Equation 1.1</a>.</p></div>"))
}

@Test func aReferenceToASectionReadsItsHeadingWithFormulasAsText() throws {
  let (outcome, folder) = try run(["01-a.md": "# A\n\n## The $\\alpha$ rule {#sec-alpha}\n\nSee @sec-alpha.\n"])
  defer { try? FileManager.default.removeItem(at: folder) }
  #expect(outcome.diagnostics.isEmpty, "\(outcome.diagnostics)")
  #expect(page(outcome, "a.html").contains("See <a class=\"xref\" href=\"#sec-alpha\">The α rule</a>."))
}
