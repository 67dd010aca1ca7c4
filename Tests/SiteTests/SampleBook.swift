import Markdown
import Site
import Snippets
import SourceText

/// A two-chapter book built by hand from Document values, using every kind of block the site renders.
enum SampleBook {
  /// A position on line `line`, column 1.
  static func at(_ line: Int, _ column: Int = 1) -> SourcePosition { SourcePosition(line: line, column: column) }

  /// A fenced code block with content starting on the line after `line`.
  static func code(_ id: Int, _ info: String, _ literal: String, line: Int) -> Block {
    .code(
      CodeBlock(
        id: id, info: info, literal: literal, fence: at(line), contentStart: at(line + 1), isFenced: true))
  }

  static let additionDocument = Document(blocks: [
    .heading(level: 1, content: [.text("Gradient Through Addition")], position: at(1)),
    .paragraph(
      [
        .text("Adding two variables gives "), .math(MathSpan(id: 0, tex: "z", isDisplay: false, position: at(3, 28))),
        .text("; the gradient "), .emphasis([.text("flows")]), .text(" through "),
        .code("z = x + y"), .text(" unchanged."),
      ], position: at(3)),
    .paragraph(
      [.math(MathSpan(id: 1, tex: "\\frac{\\partial l}{\\partial x}", isDisplay: true, position: at(5, 3)))],
      position: at(5)),
    .heading(level: 2, content: [.text("Addition with broadcasting")], position: at(7)),
    code(
      0, "tensor",
      ">>> A = np.ones([2,3])\n>>> B = A + 1\n>>> B\narray([[2., 2., 2.],\n       [2., 2., 2.]])\n", line: 9),
    code(1, "tensor hide", "W = np.ones([2,3])\n", line: 16),
    .heading(level: 2, content: [.text("Gradients "), .code("grad")], position: at(20)),
    code(
      2, "tensor",
      "b = np.zeros(3)\nz = A + b\nl = (z * z).sum()\nprint(l < 100 & True)\n"
        + "assert np.allclose(grad(l, b), numgrad(l, b))\ngradients(l, A, b)\n", line: 22),
    .paragraph(
      [
        .text("See "), .link(destination: "#gradients-grad", title: "", content: [.text("above")], position: at(30, 5)),
        .text(", "),
        .link(
          destination: "02-affine-layers.md#the-bias", title: "Bias", content: [.strong([.text("the bias")])],
          position: at(30, 20)),
        .text(" and "),
        .link(destination: "https://numpy.org/", title: "", content: [.text("NumPy")], position: at(30, 60)),
        .html("<span onclick=\"evil()\">", position: at(30, 80)), .text("."),
        .html("</span>", position: at(30, 100)),
      ], position: at(30)),
    .html("<div class=\"raw\">raw</div>\n", position: at(32)),
    .heading(level: 2, content: [.text("Addition with broadcasting")], position: at(34)),
    code(3, "tensor error", "np.ones([2,3]) + np.ones([4,2])\n", line: 36),
    code(
      4, "tensor",
      ">>> x = np.ones(2)\n>>> assert x.sum() == 2\n>>> x.reshape(3)\n"
        + "Traceback (most recent call last):\nValueError: cannot reshape array of size 2 into shape (3,)\n", line: 40),
    .list(
      ordered: false, start: 1, tight: true,
      items: [
        [.paragraph([.text("Shapes align from the right.")], position: at(47, 3))],
        [.paragraph([.text("A missing axis counts as 1 & is "), .code("<stretched>")], position: at(48, 3))],
      ]),
    .blockQuote([.paragraph([.text("Broadcasting never copies data.")], position: at(50, 3))]),
    code(5, "swift", "let x = [1, 2] // <not run>\n", line: 52),
    .thematicBreak,
  ])

  static let additionSnippets: [Int: SnippetView] = [
    0: SnippetView(
      kind: .transcript,
      code: ">>> A = np.ones([2,3])\n>>> B = A + 1\n>>> B\narray([[2., 2., 2.],\n       [2., 2., 2.]])\n"),
    1: SnippetView(kind: .hidden, code: "W = np.ones([2,3])\n"),
    2: SnippetView(
      kind: .script,
      code: "b = np.zeros(3)\nz = A + b\nl = (z * z).sum()\nprint(l < 100 & True)\n"
        + "assert np.allclose(grad(l, b), numgrad(l, b))\ngradients(l, A, b)\n",
      output: "<True> & done\n", verifiedClaimLines: [4],
      gradientTables: [
        GradientTable(
          target: "l",
          rows: [
            GradientRow(
              name: "A", shape: [2, 3], gradientShape: [2, 3], summedAxes: [],
              gradientText: "[[2. 2. 2.]\n [2. 2. 2.]]", autodiff: [0], numeric: [3.2e-11]),
            GradientRow(
              name: "b", shape: [3], gradientShape: [3], summedAxes: [0], gradientText: "[4. 4. 4.]",
              autodiff: [0], numeric: [0]),
          ])
      ]),
    3: SnippetView(
      kind: .script, code: "np.ones([2,3]) + np.ones([4,2])\n",
      output: "ValueError: operands could not be broadcast together with shapes (2,3) (4,2) \n", expectsError: true),
    4: SnippetView(
      kind: .transcript,
      code: ">>> x = np.ones(2)\n>>> assert x.sum() == 2\n>>> x.reshape(3)\n"
        + "Traceback (most recent call last):\nValueError: cannot reshape array of size 2 into shape (3,)\n",
      verifiedClaimLines: [1], expectsError: true),
  ]

  static let additionMath: [Int: String] = [
    0: "<math><mi>z</mi></math>",
    1:
      "<math display=\"block\"><mfrac><mrow><mo>∂</mo><mi>l</mi></mrow><mrow><mo>∂</mo><mi>x</mi></mrow></mfrac></math>",
  ]

  static let affineDocument = Document(blocks: [
    .heading(level: 1, content: [.text("Affine Layers")], position: at(1)),
    .paragraph(
      [
        .text("An affine layer computes "),
        .math(MathSpan(id: 0, tex: "W^Tx+b", isDisplay: false, position: at(3, 26))),
        .text(", as in "),
        .link(destination: "addition.html", title: "", content: [.text("addition")], position: at(3, 40)),
        .text("."),
      ], position: at(3)),
    .heading(level: 2, content: [.text("The bias")], position: at(5)),
    code(0, "python", "# plain Python, shown only\nz = W.T @ x + b\n", line: 7),
    .heading(level: 3, content: [.text("Shapes")], position: at(11)),
    .paragraph(
      [
        .text("Back to the "),
        .link(destination: "index.md", title: "", content: [.text("start")], position: at(13, 13)),
      ], position: at(13)),
  ])

  /// The sample book without an `index.md`.
  static var book: BookSite {
    BookSite(
      title: "Gradients by Example", home: nil,
      chapters: [
        ChapterPage(
          sourcePath: "content/01-addition.md", slug: "addition", title: "Gradient Through Addition",
          document: additionDocument, snippets: additionSnippets, math: additionMath),
        ChapterPage(
          sourcePath: "content/02-affine-layers.md", slug: "affine-layers", title: "Affine Layers",
          document: affineDocument, snippets: [:], math: [0: "<math><msup><mi>W</mi><mi>T</mi></msup></math>"]),
      ])
  }

  /// A chapter with only the given paragraph inlines, for link tests.
  static func chapter(slug: String, blocks: [Block]) -> ChapterPage {
    ChapterPage(
      sourcePath: "content/\(slug).md", slug: slug, title: slug, document: Document(blocks: blocks), snippets: [:],
      math: [:])
  }

  /// The rendered file as text.
  static func text(_ site: RenderedSite, _ file: String) -> String {
    String(decoding: site.files[file] ?? [], as: UTF8.self)
  }
}
