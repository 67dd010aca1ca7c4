import Markdown

/// A problem found while rendering, such as a broken internal link, located in its chapter.
public struct SiteDiagnostic: Sendable, Hashable {
  /// The chapter's source path.
  public var sourcePath: String
  /// Where the problem is in that file.
  public var position: MarkdownPosition
  /// What is wrong.
  public var message: String

  /// Makes a diagnostic.
  public init(sourcePath: String, position: MarkdownPosition, message: String) {
    self.sourcePath = sourcePath
    self.position = position
    self.message = message
  }
}

/// Every file of the site, by path relative to the output folder, plus the problems found while rendering.
public struct RenderedSite: Sendable {
  /// File contents by relative path (`addition.html`, `style.css`, `search-index.json`).
  public var files: [String: [UInt8]]
  /// Broken links and other render-time problems; the build fails when there are any.
  public var diagnostics: [SiteDiagnostic]

  /// Makes a rendered site.
  public init(files: [String: [UInt8]], diagnostics: [SiteDiagnostic]) {
    self.files = files
    self.diagnostics = diagnostics
  }
}

/// Renders a verified book into the files of its static site.
public enum SiteRenderer {
  /// Renders every page, the stylesheet, the search index and its script; pure, deterministic, writes nothing.
  /// `templateOverrides` maps a template file name (`page.mustache`) to a book's own version of it.
  public static func render(_ book: BookSite, templateOverrides: [String: String] = [:]) -> RenderedSite {
    // Placeholder until the theme lands.
    RenderedSite(files: [:], diagnostics: [])
  }
}
