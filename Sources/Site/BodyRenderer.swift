import Markdown

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
  private var problems: [(position: MarkdownPosition, message: String)] = []
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
    var titleHTML = ""
    if case .heading(1, _, _)? = blocks.first, let title = blocks.popFirst() {
      titleHTML = renderBlock(title)
    }
    let html = blocks.map { renderBlock($0) }.joined()
    let nonEmpty = (sections + labelSections).filter { !$0.heading.isEmpty || !$0.text.isEmpty }
      .map { SearchSection(id: $0.id, heading: $0.heading, text: collapseWhitespace($0.text)) }
    return RenderedBody(
      titleHTML: titleHTML, html: html, headings: headings, hasTitleHeading: !titleHTML.isEmpty, links: links,
      problems: problems, sections: nonEmpty)
  }

  /// The first paragraph of `document` as HTML with its links reduced to their text, for the home page's summaries.
  mutating func summaryHTML(of document: Document) -> String? {
    for block in document.blocks {
      if case .paragraph(let content, _) = block { return renderInlines(content, linksAllowed: false) }
    }
    return nil
  }

  private mutating func renderBlock(_ block: Block) -> String {
    switch block {
    case .heading(let level, let written, _):
      let clamped = min(max(level, 1), 6)
      let (content, label) = Inline.splittingTrailingLabel(written)
      let text = InlinePlainText.text(of: resolvedForText(content))
      let id = label.flatMap { references.targets[$0.label]?.anchor.id } ?? slugger.uniqueID(for: text)
      // The table of contents wraps each heading in a link, so its copy loses the heading's own links.
      let inner = renderInlines(content, linksAllowed: true)
      headings.append(
        PageHeading(level: clamped, id: id, html: renderInlines(content, linksAllowed: false), text: text))
      sections.append(SearchSection(id: id, heading: text, text: ""))
      // A no-break space keeps the anchor on the heading's last line instead of a line of its own.
      return
        "<h\(clamped) id=\"\(escapeHTML(id))\">\(inner)\u{A0}<a class=\"heading-anchor\" href=\"#\(escapeHTML(id))\">"
        + "<span aria-hidden=\"true\">#</span><span class=\"visually-hidden\">Link to this section</span></a>"
        + "</h\(clamped)>\n"
    case .paragraph(let content, _):
      appendSearchText(InlinePlainText.text(of: resolvedForText(content), includingDisplayMath: false, math: math))
      if let figure = figureHTML(content) { return figure }
      return "<p>\(renderInlines(content, linksAllowed: true))</p>\n"
    case .blockQuote(let blocks):
      return "<blockquote>\n\(blocks.map { renderBlock($0) }.joined())</blockquote>\n"
    case .list(let ordered, let start, let tight, let items):
      let tag = ordered ? "ol" : "ul"
      let startAttribute = ordered && start != 1 ? " start=\"\(start)\"" : ""
      let renderedItems = items.map { item in
        var html = renderListItem(item, tight: tight)
        if tight, html.hasSuffix("\n") { html.removeLast() }
        return "<li>\(html)</li>\n"
      }.joined()
      return "<\(tag)\(startAttribute)>\n\(renderedItems)</\(tag)>\n"
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
      return allowsRawHTML ? raw : ""
    case .thematicBreak:
      return "<hr />\n"
    }
  }

  /// A tight list item's paragraphs lose their `<p>`, as CommonMark renders them.
  private mutating func renderListItem(_ blocks: [Block], tight: Bool) -> String {
    blocks.map { block in
      if tight, case .paragraph(let content, _) = block {
        appendSearchText(InlinePlainText.text(of: resolvedForText(content), includingDisplayMath: false, math: math))
        return renderInlines(content, linksAllowed: true) + "\n"
      }
      return renderBlock(block)
    }.joined()
  }

  /// Inline math and the punctuation right after it (`$x$,`) are kept on one line, so a comma or full stop never
  /// wraps to the start of the next line on its own.
  private mutating func renderInlines(_ inlines: [Inline], linksAllowed: Bool) -> String {
    var html = ""
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
          html += equationHTML(span, target: target)
          index = labelIndex + 1
          continue
        }
      }
      guard case .math(let span) = inline, !span.isDisplay, index < inlines.endIndex,
        case .text(let text) = inlines[index]
      else {
        html += renderInline(inline, linksAllowed: linksAllowed)
        continue
      }
      let punctuation = text.prefix { $0.isPunctuation }
      guard !punctuation.isEmpty else {
        html += renderInline(inline, linksAllowed: linksAllowed)
        continue
      }
      html +=
        "<span class=\"nowrap\">\(renderInline(inline, linksAllowed: linksAllowed))"
        + "\(escapeHTML(String(punctuation)))</span>\(escapeHTML(String(text.dropFirst(punctuation.count))))"
      index += 1
    }
    return html
  }

  private mutating func renderInline(_ inline: Inline, linksAllowed: Bool) -> String {
    switch inline {
    case .text(let text): return escapeHTML(text)
    case .code(let code): return "<code>\(escapeHTML(code))</code>"
    case .emphasis(let content): return "<em>\(renderInlines(content, linksAllowed: linksAllowed))</em>"
    case .strong(let content): return "<strong>\(renderInlines(content, linksAllowed: linksAllowed))</strong>"
    case .link(let destination, let title, let content, let position):
      let inner = renderInlines(content, linksAllowed: false)
      // A refused URL keeps its text and loses the link; the main render has reported it.
      guard linksAllowed, let href = resolveLink(destination, use: .link, position: position, records: true) else {
        return inner
      }
      let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeHTML(title))\""
      return "<a href=\"\(SafeURL.attribute(href))\"\(titleAttribute)>\(inner)</a>"
    case .image(let source, let title, let alt, let position):
      // The table of contents and the summaries copy a heading's or paragraph's images: the same sanitised source,
      // reported and checked only where the body renders it.
      let altText = escapeHTML(InlinePlainText.text(of: alt))
      guard let src = resolveLink(source, use: .image, position: position, records: linksAllowed) else {
        return altText
      }
      let titleAttribute = title.isEmpty ? "" : " title=\"\(escapeHTML(title))\""
      let sizeAttributes =
        resolver.imageSizes[SafeURL.normalized(source)].map {
          " width=\"\($0.width)\" height=\"\($0.height)\""
        } ?? ""
      return "<img src=\"\(SafeURL.attribute(src))\" alt=\"\(altText)\"\(titleAttribute)\(sizeAttributes) />"
    case .math(let span):
      if let mathML = math[span.id] { return mathML }
      // The pipeline reports unsupported math before rendering; show the TeX rather than nothing.
      return "<code class=\"math-source\">\(escapeHTML(span.tex))</code>"
    case .html(let raw, _): return allowsRawHTML ? raw : ""
    case .softBreak: return "\n"
    case .lineBreak: return "<br />\n"
    // A label that labels nothing here has been reported by the pipeline.
    case .label: return ""
    case .reference(let reference):
      guard let target = references.targets[reference.label] else { return escapeHTML(reference.written) }
      let text = escapeHTML(target.text(numberOnly: reference.numberOnly))
      guard linksAllowed else { return text }
      return "<a class=\"xref\" href=\"\(SafeURL.attribute(target.anchor.href(from: pageFile)))\">\(text)</a>"
    }
  }

  /// The URL to write for a destination, normalised as a browser reads it, or nil when its scheme is refused; with
  /// `records`, internal links are kept for checking and problems reported.
  private mutating func resolveLink(
    _ written: String, use: SafeURL.Use, position: MarkdownPosition, records: Bool
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
    text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
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
  mutating func equationHTML(_ span: MathSpan, target: LabelTarget) -> String {
    let formula = math[span.id] ?? "<code class=\"math-source\">\(escapeHTML(span.tex))</code>"
    var number = "<span class=\"equation-number\">(\(escapeHTML(target.number)))"
    if let code = target.checkedBy {
      number +=
        "<a class=\"equation-check\" href=\"\(SafeURL.attribute(code.href(from: pageFile)))\" "
        + "title=\"Checked by code: every claim bound to this equation held when the page was built.\">"
        + "<span aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">checked by code</span></a>"
    }
    number += "</span>"
    labelSections.append(
      SearchSection(
        id: target.anchor.id, heading: target.text(numberOnly: false),
        text: math[span.id].map(MathPlainText.text(of:)) ?? span.tex))
    return "<span class=\"equation\" id=\"\(escapeHTML(target.anchor.id))\">\(formula)\(number)</span>"
  }

  /// A paragraph holding only an image and its `{#fig-x}` label becomes a numbered figure captioned by the alt text.
  mutating func figureHTML(_ content: [Inline]) -> String? {
    let parts = content.filter { !$0.isBlankText }
    guard parts.count == 2, case .image(_, _, let alt, _) = parts[0], case .label(let label) = parts[1],
      let target = references.targets[label.label], target.kind == .figure
    else { return nil }
    let caption = renderInlines(alt, linksAllowed: false)
    labelSections.append(
      SearchSection(
        id: target.anchor.id, heading: target.text(numberOnly: false), text: InlinePlainText.text(of: alt)))
    return "<figure id=\"\(escapeHTML(target.anchor.id))\">\(renderInline(parts[0], linksAllowed: true))"
      + "<figcaption>\(escapeHTML(target.text(numberOnly: false))): \(caption)</figcaption></figure>\n"
  }

  /// A tensor block labelled with `#| label: fig-NAME`: its code and what it drew, numbered and captioned.
  mutating func codeFigureHTML(_ code: String, target: LabelTarget) -> String {
    let caption = target.title.isEmpty ? "" : ": " + escapeHTML(target.title)
    labelSections.append(
      SearchSection(id: target.anchor.id, heading: target.text(numberOnly: false), text: target.title))
    return "<figure class=\"code-figure\" id=\"\(escapeHTML(target.anchor.id))\">\n\(code)"
      + "<figcaption>\(escapeHTML(target.text(numberOnly: false)))\(caption)</figcaption></figure>\n"
  }

  /// A tensor block that checked equations, in an element the equations' marks link to, with links back to them.
  func checkingCodeHTML(_ code: String, blockID: Int, labels: [String]) -> String {
    let links = labels.compactMap { label -> String? in
      guard let target = references.targets[label] else { return nil }
      return "<a href=\"\(SafeURL.attribute(target.anchor.href(from: pageFile)))\">"
        + "\(escapeHTML(target.text(numberOnly: false)))</a>"
    }
    let list =
      links.count <= 1
      ? links.joined() : links.dropLast().joined(separator: ", ") + " and " + (links.last ?? "")
    let who = code.isEmpty ? "Hidden code on this page checks" : "This code checks"
    return "<div class=\"checking-code\" id=\"\(escapeHTML(checkingCodeID(blockID: blockID)))\">\(code)"
      + "<p class=\"checks-equation\">\(who) \(list).</p></div>\n"
  }
}
