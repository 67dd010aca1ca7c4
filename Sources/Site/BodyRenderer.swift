import Markdown
import SourceText

/// Renders one page's Markdown blocks to HTML, giving headings ids and collecting links, outline and search text.
struct BodyRenderer {
  /// The page's output file name (`addition.html`), for resolving `#anchor` links.
  let pageFile: String
  /// Maps link destinations to pages.
  let resolver: LinkResolver
  /// Verified tensor blocks by `CodeBlock.id`.
  let snippets: [Int: SnippetView]
  /// MathML by `MathSpan.id`.
  let math: [Int: String]
  /// Whether raw HTML in the Markdown is copied through (otherwise dropped).
  let allowsRawHTML: Bool
  /// The book's labels, for references and numbers.
  let references: CrossReferenceTable
  /// The equations each tensor block checked, by `CodeBlock.id`.
  let checkedEquations: [Int: [String]]

  private var slugger: HeadingSlugger
  /// One search entry per numbered equation or figure, after the page's sections.
  private var labelSections: [SearchSection] = []
  private var headings: [PageHeading] = []
  private var links: [InternalLink] = []
  private var problems: [(position: SourcePosition, message: String)] = []
  private var sections: [SearchSection] = [SearchSection(id: "", heading: "", text: "")]

  /// Makes a renderer for one page.
  init(
    pageFile: String, resolver: LinkResolver, snippets: [Int: SnippetView], math: [Int: String], allowsRawHTML: Bool,
    pageName: String = "", references: CrossReferenceTable = CrossReferenceTable(),
    checkedEquations: [Int: [String]] = [:]
  ) {
    self.pageFile = pageFile
    self.resolver = resolver
    self.snippets = snippets
    self.math = math
    self.allowsRawHTML = allowsRawHTML
    self.references = references
    self.checkedEquations = checkedEquations
    // Labels and the checking code's anchors keep their ids; a heading whose text slugifies to one gets a suffix.
    let reserved = references.ids(onPage: pageName).union(checkedEquations.keys.map { checkingCodeID(blockID: $0) })
    self.slugger = HeadingSlugger(reserved: HeadingSlugger.themeIDs.union(reserved))
  }

  /// Renders the whole document; a leading level-1 heading (the title) comes back apart from the rest.
  mutating func render(_ document: Document) -> RenderedBody {
    var blocks = document.blocks[...]
    var titleHTML = HTML()
    if case .heading(1, _, _)? = blocks.first, let title = blocks.popFirst() {
      titleHTML = renderBlock(title)
    }
    var html = HTML()
    for block in blocks { html.append(renderBlock(block)) }
    let nonEmpty = (sections + labelSections).filter { !$0.heading.isEmpty || !$0.text.isEmpty }
      .map { SearchSection(id: $0.id, heading: $0.heading, text: collapseWhitespace($0.text)) }
    return RenderedBody(
      titleHTML: titleHTML.markup, html: html.markup, headings: headings, hasTitleHeading: !titleHTML.isEmpty,
      links: links, problems: problems, sections: nonEmpty)
  }

  /// The first paragraph of `document` as HTML with its links reduced to their text, for the home page's summaries.
  mutating func summaryHTML(of document: Document) -> String? {
    for block in document.blocks {
      if case .paragraph(let content, _) = block { return renderInlines(content, linksAllowed: false).markup }
    }
    return nil
  }

  private mutating func renderBlock(_ block: Block) -> HTML {
    var html = HTML()
    switch block {
    case .heading(let level, let written, _):
      let clamped = min(max(level, 1), 6)
      let tag = Self.headingTags[clamped - 1]
      let (content, label) = Inline.splittingTrailingLabel(written)
      let text = InlinePlainText.text(of: resolvedForText(content))
      let id = label.flatMap { references.targets[$0.label]?.anchor.id } ?? slugger.uniqueID(for: text)
      // The table of contents wraps each heading in a link, so its copy loses the heading's own links.
      let inner = renderInlines(content, linksAllowed: true)
      headings.append(
        PageHeading(
          level: clamped, id: id, html: renderInlines(content, linksAllowed: false).markup, text: text))
      sections.append(SearchSection(id: id, heading: text, text: ""))
      html.open(tag, [HTMLAttribute("id", id)])
      html.append(inner)
      // A no-break space keeps the anchor on the heading's last line instead of a line of its own.
      html.literal("\u{A0}")
      html.open("a", [HTMLAttribute("class", "heading-anchor"), HTMLAttribute("href", "#" + id)])
      html.literal(
        "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span></a>")
      html.close(tag)
      html.literal("\n")
    case .paragraph(let content, _):
      appendSearchText(InlinePlainText.text(of: resolvedForText(content), includingDisplayMath: false, math: math))
      if let figure = figureHTML(content) { return figure }
      html.element("p", [], renderInlines(content, linksAllowed: true))
      html.literal("\n")
    case .blockQuote(let blocks):
      html.literal("<blockquote>\n")
      for block in blocks { html.append(renderBlock(block)) }
      html.literal("</blockquote>\n")
    case .list(let ordered, let start, let tight, let items):
      let tag: StaticString = ordered ? "ol" : "ul"
      html.open(tag, [HTMLAttribute("start", ordered && start != 1 ? String(start) : nil)])
      html.literal("\n")
      for item in items {
        var itemHTML = renderListItem(item, tight: tight)
        if tight { itemHTML.dropTrailingNewline() }
        html.element("li", [], itemHTML)
        html.literal("\n")
      }
      html.close(tag)
      html.literal("\n")
    case .code(let codeBlock):
      var code = CodeBlockRenderer.render(codeBlock, snippet: snippets[codeBlock.id])
      if codeBlock.language == "tensor", !code.isEmpty, let cell = codeBlock.cellLabel,
        let target = references.targets[cell.definition.label], target.kind == .figure,
        target.anchor.id == cell.definition.label
      {
        code = codeFigureHTML(code, target: target)
      }
      guard let labels = checkedEquations[codeBlock.id], !labels.isEmpty else { return code }
      return checkingCodeHTML(code, blockID: codeBlock.id, labels: labels)
    case .html(let raw, _):
      // Raw HTML is the author's own markup, copied only when the book allows it.
      if allowsRawHTML { html = HTML(trusted: raw) }
    case .thematicBreak:
      html.literal("<hr />\n")
    }
    return html
  }

  private static let headingTags: [StaticString] = ["h1", "h2", "h3", "h4", "h5", "h6"]

  /// A tight list item's paragraphs lose their `<p>`, as CommonMark renders them.
  private mutating func renderListItem(_ blocks: [Block], tight: Bool) -> HTML {
    var html = HTML()
    for block in blocks {
      if tight, case .paragraph(let content, _) = block {
        appendSearchText(InlinePlainText.text(of: resolvedForText(content), includingDisplayMath: false, math: math))
        html.append(renderInlines(content, linksAllowed: true))
        html.literal("\n")
      } else {
        html.append(renderBlock(block))
      }
    }
    return html
  }

  /// Inline math and the punctuation right after it (`$x$,`) are kept on one line, so a comma or full stop never
  /// wraps to the start of the next line on its own.
  private mutating func renderInlines(_ inlines: [Inline], linksAllowed: Bool) -> HTML {
    var html = HTML()
    var index = inlines.startIndex
    while index < inlines.endIndex {
      let inline = inlines[index]
      index += 1
      if case .math(let span) = inline, span.isDisplay {
        // `$$…$$ {#eq-x}`: the label, past any spaces, numbers the equation.
        var labelIndex = index
        while labelIndex < inlines.endIndex, inlines[labelIndex].isBlankText { labelIndex += 1 }
        if labelIndex < inlines.endIndex, case .label(let label) = inlines[labelIndex],
          let target = references.targets[label.label], target.kind == .equation
        {
          html.append(equationHTML(span, target: target))
          index = labelIndex + 1
          continue
        }
      }
      guard case .math(let span) = inline, !span.isDisplay, index < inlines.endIndex,
        case .text(let text) = inlines[index]
      else {
        html.append(renderInline(inline, linksAllowed: linksAllowed))
        continue
      }
      let punctuation = text.prefix { $0.isPunctuation }
      guard !punctuation.isEmpty else {
        html.append(renderInline(inline, linksAllowed: linksAllowed))
        continue
      }
      html.open("span", [HTMLAttribute("class", "nowrap")])
      html.append(renderInline(inline, linksAllowed: linksAllowed))
      html.text(String(punctuation))
      html.close("span")
      html.text(String(text.dropFirst(punctuation.count)))
      index += 1
    }
    return html
  }

  private mutating func renderInline(_ inline: Inline, linksAllowed: Bool) -> HTML {
    switch inline {
    case .text(let text): return .text(text)
    case .code(let code): return .element("code", [], .text(code))
    case .emphasis(let content): return .element("em", [], renderInlines(content, linksAllowed: linksAllowed))
    case .strong(let content): return .element("strong", [], renderInlines(content, linksAllowed: linksAllowed))
    case .link(let destination, let title, let content, let position):
      let inner = renderInlines(content, linksAllowed: false)
      // A refused URL keeps its text and loses the link; the main render has reported it.
      guard linksAllowed, let href = resolveLink(destination, use: .link, position: position, records: true) else {
        return inner
      }
      return .element("a", [.url("href", href), HTMLAttribute("title", title.isEmpty ? nil : title)], inner)
    case .image(let source, let title, let alt, let position):
      // The table of contents and the summaries copy a heading's or paragraph's images: the same sanitised source,
      // reported and checked only where the body renders it.
      let altText = InlinePlainText.text(of: alt)
      guard let src = resolveLink(source, use: .image, position: position, records: linksAllowed) else {
        return .text(altText)
      }
      let size = resolver.imageSizes[SafeURL.normalized(source)]
      var html = HTML()
      html.selfClosing(
        "img",
        [
          .url("src", src), HTMLAttribute("alt", altText), HTMLAttribute("title", title.isEmpty ? nil : title),
          HTMLAttribute("width", size.map { String($0.width) }),
          HTMLAttribute("height", size.map { String($0.height) }),
        ])
      return html
    case .math(let span):
      if let mathML = math[span.id] { return HTML(trusted: mathML) }
      // The pipeline reports unsupported math before rendering; show the TeX rather than nothing.
      return .element("code", [HTMLAttribute("class", "math-source")], .text(span.tex))
    case .html(let raw, _):
      // Raw HTML is the author's own markup, copied only when the book allows it.
      return allowsRawHTML ? HTML(trusted: raw) : HTML()
    case .softBreak: return .literal("\n")
    case .lineBreak: return .literal("<br />\n")
    // A label that labels nothing here has been reported by the pipeline.
    case .label: return HTML()
    case .reference(let reference):
      guard let target = references.targets[reference.label] else { return .text(reference.written) }
      let text = HTML.text(target.text(numberOnly: reference.numberOnly))
      guard linksAllowed else { return text }
      return .element(
        "a", [HTMLAttribute("class", "xref"), .url("href", target.anchor.href(from: pageFile))], text)
    }
  }

  /// The URL to write for a destination, normalised as a browser reads it, or nil when its scheme is refused; with
  /// `records`, internal links are kept for checking and problems reported.
  private mutating func resolveLink(
    _ written: String, use: SafeURL.Use, position: SourcePosition, records: Bool
  ) -> String? {
    let destination = SafeURL.normalized(written)
    // Script URLs are raw HTML by other means; they go with it unless the book opts in.
    if !allowsRawHTML, let scheme = SafeURL.scheme(of: destination), !SafeURL.isAllowed(destination, for: use) {
      if records { problems.append((position, SafeURL.refusal(written, scheme: scheme, use: use))) }
      return nil
    }
    switch resolver.resolve(destination, from: pageFile) {
    case .unchecked(let href):
      return href
    case .page(let href, let file, let anchor):
      if records { links.append(InternalLink(page: file, anchor: anchor, written: written, position: position)) }
      return href
    case .missingPage(let path):
      if records { problems.append((position, "broken link '\(written)': the book has no page '\(path)'")) }
      return destination
    }
  }

  private mutating func appendSearchText(_ text: String) {
    let last = sections.count - 1
    sections[last].text += sections[last].text.isEmpty ? text : " " + text
  }

  private func collapseWhitespace(_ text: String) -> String {
    // ASCII text (most of it) is split by bytes: its whitespace Characters are exactly tab, line feed, vertical tab,
    // form feed, carriage return (with CR-LF one Character) and space.
    guard text.utf8.allSatisfy({ $0 < 0x80 }) else {
      return text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count)
    for word in text.utf8.split(whereSeparator: { $0 == 0x20 || (0x09...0x0D).contains($0) }) {
      if !bytes.isEmpty { bytes.append(0x20) }
      bytes.append(contentsOf: word)
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}

extension BodyRenderer {
  /// Inlines with each resolved reference replaced by the text it reads as, for plain text (search, ids).
  func resolvedForText(_ inlines: [Inline]) -> [Inline] {
    inlines.map { inline in
      switch inline {
      case .reference(let reference):
        return .text(references.targets[reference.label]?.text(numberOnly: reference.numberOnly) ?? reference.written)
      case .emphasis(let content): return .emphasis(resolvedForText(content))
      case .strong(let content): return .strong(resolvedForText(content))
      case .link(let destination, let title, let content, let position):
        return .link(destination: destination, title: title, content: resolvedForText(content), position: position)
      default: return inline
      }
    }
  }

  /// A numbered display equation: the formula, then its number at the right, outside the `<math>` element so a
  /// screen reader never reads it as part of the formula, with a mark linking to the code that checked it.
  mutating func equationHTML(_ span: MathSpan, target: LabelTarget) -> HTML {
    let formula =
      math[span.id].map { HTML(trusted: $0) }
      ?? .element("code", [HTMLAttribute("class", "math-source")], .text(span.tex))
    var number = HTML()
    number.open("span", [HTMLAttribute("class", "equation-number")])
    number.text("(\(target.number))")
    if let code = target.checkedBy {
      number.open(
        "a",
        [
          HTMLAttribute("class", "equation-check"), .url("href", code.href(from: pageFile)),
          HTMLAttribute("title", "Checked by code: every claim bound to this equation held when the page was built."),
        ])
      number.literal("<span aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">checked by code</span></a>")
    }
    number.close("span")
    labelSections.append(
      SearchSection(
        id: target.anchor.id, heading: target.text(numberOnly: false),
        text: math[span.id].map(MathPlainText.text(of:)) ?? span.tex))
    return .element(
      "span", [HTMLAttribute("class", "equation"), HTMLAttribute("id", target.anchor.id)], formula + number)
  }

  /// A paragraph holding only an image and its `{#fig-x}` label becomes a numbered figure captioned by the alt text.
  mutating func figureHTML(_ content: [Inline]) -> HTML? {
    let parts = content.filter { !$0.isBlankText }
    guard parts.count == 2, case .image(_, _, let alt, _) = parts[0], case .label(let label) = parts[1],
      let target = references.targets[label.label], target.kind == .figure
    else { return nil }
    let caption = renderInlines(alt, linksAllowed: false)
    labelSections.append(
      SearchSection(
        id: target.anchor.id, heading: target.text(numberOnly: false), text: InlinePlainText.text(of: alt)))
    var html = HTML()
    html.open("figure", [HTMLAttribute("id", target.anchor.id)])
    html.append(renderInline(parts[0], linksAllowed: true))
    html.open("figcaption")
    html.text(target.text(numberOnly: false) + ": ")
    html.append(caption)
    html.literal("</figcaption></figure>\n")
    return html
  }

  /// A tensor block labelled with `#| label: fig-NAME`: its code and what it drew, numbered and captioned.
  mutating func codeFigureHTML(_ code: HTML, target: LabelTarget) -> HTML {
    labelSections.append(
      SearchSection(id: target.anchor.id, heading: target.text(numberOnly: false), text: target.title))
    var html = HTML()
    html.open("figure", [HTMLAttribute("class", "code-figure"), HTMLAttribute("id", target.anchor.id)])
    html.literal("\n")
    html.append(code)
    html.open("figcaption")
    html.text(target.text(numberOnly: false) + (target.title.isEmpty ? "" : ": " + target.title))
    html.literal("</figcaption></figure>\n")
    return html
  }

  /// A tensor block that checked equations, in an element the equations' marks link to, with links back to them.
  func checkingCodeHTML(_ code: HTML, blockID: Int, labels: [String]) -> HTML {
    let links = labels.compactMap { label -> HTML? in
      guard let target = references.targets[label] else { return nil }
      return .element("a", [.url("href", target.anchor.href(from: pageFile))], .text(target.text(numberOnly: false)))
    }
    let list =
      links.count <= 1
      ? HTML.joined(links)
      : HTML.joined(Array(links.dropLast()), separator: ", ") + .literal(" and ") + links[links.count - 1]
    var html = HTML()
    html.open("div", [HTMLAttribute("class", "checking-code"), HTMLAttribute("id", checkingCodeID(blockID: blockID))])
    html.append(code)
    html.open("p", [HTMLAttribute("class", "checks-equation")])
    html.literal(code.isEmpty ? "Hidden code on this page checks " : "This code checks ")
    html.append(list)
    html.literal(".</p></div>\n")
    return html
  }
}
