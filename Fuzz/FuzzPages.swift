// libFuzzer entry point: runs random bytes as a chapter through the Markdown, math and page path.
//
// Input layout: the first byte's bit 0 lets raw HTML through (`allowRawHTML`); the rest is the chapter's UTF-8 text.
// It is parsed as the pipeline parses it, every formula is rendered to MathML, and the book of that chapter (with a
// written home page linking to it) is rendered to pages. Besides crashes, hangs and memory blow-ups, a finding is a
// page that carries a URL whose scheme is not allowed, or a `<script` element that is not the theme's own.
import Markdown
import MathML
import Site

/// libFuzzer calls this once per generated input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPages(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let bytes = UnsafeBufferPointer(start: data, count: size)
  let allowsRawHTML = bytes[0] & 1 != 0
  let text = String(decoding: bytes.dropFirst(), as: UTF8.self)
  let parsed = MarkdownParser.parse(text)
  var math: [Int: String] = [:]
  for span in parsed.math {
    if let rendered = try? MathML.render(tex: span.tex, display: span.isDisplay) { math[span.id] = rendered }
  }
  let chapter = ChapterPage(
    sourcePath: "content/01-fuzz.md", slug: "fuzz", title: "Fuzz", document: parsed.document, snippets: [:],
    math: math)
  let home = ChapterPage(
    sourcePath: "content/index.md", slug: "index", title: "Book",
    document: MarkdownParser.parse("# Book\n\n[Fuzz](01-fuzz.md)\n").document, snippets: [:], math: [:])
  let site = SiteRenderer.render(BookSite(title: "Book", home: home, chapters: [chapter], allowsRawHTML: allowsRawHTML))
  guard !allowsRawHTML else { return 0 }
  for (name, file) in site.files where name.hasSuffix(".html") {
    let html = String(decoding: file, as: UTF8.self)
    precondition(html.components(separatedBy: "<script").count == 2, "\(name): a <script> that is not the theme's")
    for attribute in [" href=\"", " src=\""] {
      for piece in html.components(separatedBy: attribute).dropFirst() {
        let value = String(piece.prefix { $0 != "\"" })
        precondition(isAllowed(value), "\(name): refused URL written: \(value)")
      }
    }
  }
  return 0
}

/// The scheme check a browser would make, written apart from the renderer's: HTML entities of the attribute decoded,
/// C0 controls and spaces stripped at the ends, tabs and newlines removed, then the WHATWG scheme syntax.
private func isAllowed(_ attribute: String) -> Bool {
  let pieces = attribute.components(separatedBy: "&")
  precondition(
    pieces.dropFirst().allSatisfy { piece in ["quot;", "#39;", "lt;", "gt;", "amp;"].contains { piece.hasPrefix($0) } },
    "an attribute holds an entity the renderer did not write: \(attribute)")
  var value = attribute
  for (entity, character) in [("&quot;", "\""), ("&#39;", "'"), ("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&")] {
    value = value.replacingOccurrences(of: entity, with: character)
  }
  let scalars = value.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
  guard let colon = scalars.firstIndex(of: ":") else { return true }
  let scheme = scalars[..<colon]
  guard let first = scheme.first, isLetter(first),
    scheme.allSatisfy({ isLetter($0) || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0) })
  else { return true }
  let name = String(String.UnicodeScalarView(scheme)).lowercased()
  if ["http", "https", "mailto"].contains(name) { return true }
  let lowered = String(String.UnicodeScalarView(scalars)).lowercased()
  return ["data:image/png", "data:image/gif", "data:image/jpeg", "data:image/webp"].contains { lowered.hasPrefix($0) }
}

private func isLetter(_ scalar: Unicode.Scalar) -> Bool {
  ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
}
