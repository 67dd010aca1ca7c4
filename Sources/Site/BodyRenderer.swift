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

  private var slugger = HeadingSlugger()
  private var headings: [PageHeading] = []
  private var links: [InternalLink] = []
  private var problems: [(position: MarkdownPosition, message: String)] = []
  private var sections: [SearchSection] = [SearchSection(id: "", heading: "", text: "")]

  /// Makes a renderer for one page.
  init(
    pageFile: String, resolver: LinkResolver, snippets: [Int: SnippetView], math: [Int: String], allowsRawHTML: Bool
  ) {
    self.pageFile = pageFile
    self.resolver = resolver
    self.snippets = snippets
    self.math = math
    self.allowsRawHTML = allowsRawHTML
  }

  /// Renders the whole document; a leading level-1 heading (the title) comes back apart from the rest.
  mutating func render(_ document: Document) -> RenderedBody {
    var blocks = document.blocks[...]
    var titleHTML = ""
    if case .heading(1, _, _)? = blocks.first, let title = blocks.popFirst() {
      titleHTML = renderBlock(title)
    }
    let html = blocks.map { renderBlock($0) }.joined()
    let nonEmpty = sections.filter { !$0.heading.isEmpty || !$0.text.isEmpty }
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
    case .heading(let level, let content, _):
      let clamped = min(max(level, 1), 6)
      let text = InlinePlainText.text(of: content)
      let id = slugger.uniqueID(for: text)
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
      appendSearchText(InlinePlainText.text(of: content, includingDisplayMath: false, math: math))
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
      return CodeBlockRenderer.render(codeBlock, snippet: snippets[codeBlock.id])
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
        appendSearchText(InlinePlainText.text(of: content, includingDisplayMath: false, math: math))
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
      return "<img src=\"\(SafeURL.attribute(src))\" alt=\"\(altText)\"\(titleAttribute) />"
    case .math(let span):
      if let mathML = math[span.id] { return mathML }
      // The pipeline reports unsupported math before rendering; show the TeX rather than nothing.
      return "<code class=\"math-source\">\(escapeHTML(span.tex))</code>"
    case .html(let raw, _): return allowsRawHTML ? raw : ""
    case .softBreak: return "\n"
    case .lineBreak: return "<br />\n"
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
