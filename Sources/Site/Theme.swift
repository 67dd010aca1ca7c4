import Foundation
import Markdown
import Mustache
import SourceText

/// The templates and assets a site is rendered with: the default theme, with a book's own files in its place.
struct Theme {
  /// The default theme's templates, by name without extension: `page` includes the `sidebar` and `contents` partials.
  static let templateNames = ["page", "sidebar", "contents"]
  /// The default theme's static files, copied to the site as they are (or as the book overrides them).
  static let assetNames = ["style.css", "search.js", "favicon.svg"]
  /// The math font and its licence: site file name, then the path inside the theme folder. A book cannot replace
  /// them (its `style.css` may name another font); the licence travels with the font.
  static let fontFiles = [
    ("docbuild-math.woff2", "fonts/docbuild-math.woff2"),
    ("docbuild-math-LICENSE.txt", "fonts/docbuild-math-LICENSE.txt"),
  ]

  /// The parsed templates; `page` renders every page. Empty when `compiledPage` renders them.
  var library: MustacheLibrary
  /// True when the templates are the default theme's own, which `DefaultPageTemplate` renders without Mustache.
  var compiledPage = false
  /// The static files by output name.
  var assets: [String: [UInt8]]
  /// Problems with the book's own templates (each fails the build; pages fall back to the default meanwhile) or a
  /// missing default file.
  var diagnostics: [Diagnostic]

  /// Loads the default theme and applies `overrides`, keyed by file name (`page.mustache`, `style.css`); an override
  /// with another `.mustache` name adds a partial the book's templates may include.
  static func load(overrides: [String: String]) -> Theme {
    var theme = Theme(library: MustacheLibrary(), assets: [:], diagnostics: [])
    var templates: [String: String] = [:]
    for name in templateNames {
      if let text = DefaultTheme.files[name + ".mustache"] { templates[name] = text }
    }
    for name in assetNames {
      if let text = overrides[name] ?? DefaultTheme.files[name] { theme.assets[name] = Array(text.utf8) }
    }
    for (name, _) in fontFiles {
      if let bytes = DefaultTheme.fontBytes[name] { theme.assets[name] = bytes }
    }
    theme.diagnostics += DefaultTheme.missing.map {
      Diagnostic(
        path: "Theme/\($0)", position: SourcePosition(line: 1, column: 1),
        message:
          "the default theme file '\($0)' is missing: docbuild reads it from docbuild_Site.resources/Theme beside its executable, so copy that folder along with the binary"
      )
    }
    for (fileName, text) in overrides.sorted(by: { $0.key < $1.key }) where fileName.hasSuffix(".mustache") {
      let name = String(fileName.dropLast(".mustache".count))
      do {
        theme.library.register(try MustacheTemplate(string: text), named: name)
        templates[name] = nil
      } catch let error as MustacheTemplate.ParserError {
        let position = SourcePosition(line: error.context.lineNumber, column: error.context.columnNumber)
        theme.diagnostics.append(
          Diagnostic(
            path: fileName, position: position,
            message: "this template does not parse (\(error.error)); the build stops until it does"))
      } catch {
        theme.diagnostics.append(
          Diagnostic(
            path: fileName, position: SourcePosition(line: 1, column: 1),
            message: "this template does not parse (\(error)); the build stops until it does"))
      }
    }
    if templates.count == templateNames.count && DefaultTheme.isCompiled {
      // The default templates, unchanged: `DefaultPageTemplate` writes what they would, so none is parsed.
      theme.compiledPage = true
      return theme
    }
    for name in templates.keys.sorted() {
      // The default templates are tested, so a parse failure here is a packaging bug; report it, never crash.
      switch DefaultTheme.templates[name] {
      case .success(let template): theme.library.register(template, named: name)
      case .failure(let error):
        theme.diagnostics.append(
          Diagnostic(
            path: "Theme/\(name).mustache", position: SourcePosition(line: 1, column: 1),
            message: "the default template does not parse: \(error.description)"))
      case nil: break
      }
    }
    return theme
  }

  /// Reads the default theme now (and parses its templates if they are not the ones `DefaultPageTemplate` writes),
  /// so that a build can do it on another thread while its chapters run; `load` then finds it done.
  static func prepareDefault() {
    if !DefaultTheme.isCompiled { _ = DefaultTheme.templates }
    _ = DefaultTheme.fontBytes
  }

  /// The page template applied to `context` (the documented template variables).
  func renderPage(_ context: [String: Any]) -> [UInt8] {
    if compiledPage {
      if let page = DefaultPageTemplate.render(context) { return page }
      // A context value of a kind the compiled template does not reproduce: Mustache itself decides.
      return DefaultTheme.mustachePage(context)
    }
    return Array((library.render(context, withTemplate: "page") ?? "").utf8)
  }
}

/// The default theme's files, read once from the package's `Theme` resource folder.
enum DefaultTheme {
  /// Why a default template did not parse.
  struct ParseFailure: Error, CustomStringConvertible {
    /// The parser's message.
    var description: String
  }

  /// The default templates that were read, each parsed once per process.
  static let templates: [String: Result<MustacheTemplate, ParseFailure>] = {
    var parsed: [String: Result<MustacheTemplate, ParseFailure>] = [:]
    for name in Theme.templateNames {
      guard let text = files[name + ".mustache"] else { continue }
      do {
        parsed[name] = .success(try MustacheTemplate(string: text))
      } catch {
        parsed[name] = .failure(ParseFailure(description: "\(error)"))
      }
    }
    return parsed
  }()

  /// True when the default templates are the files `DefaultPageTemplate` was written from.
  static let isCompiled: Bool = {
    guard let page = files["page.mustache"], let sidebar = files["sidebar.mustache"],
      let contents = files["contents.mustache"]
    else { return false }
    return DefaultPageTemplate.digest(page: page, sidebar: sidebar, contents: contents)
      == DefaultPageTemplate.sourceDigest
  }()

  /// The default templates in one library, for a page the compiled template hands back.
  static let library: MustacheLibrary = {
    var library = MustacheLibrary()
    for (name, result) in templates {
      if case .success(let template) = result { library.register(template, named: name) }
    }
    return library
  }()

  /// The default page template applied to `context` by Mustache (what `DefaultPageTemplate` must reproduce).
  static func mustachePage(_ context: [String: Any]) -> [UInt8] {
    Array((library.render(context, withTemplate: "page") ?? "").utf8)
  }

  /// Every file by name (`page.mustache`, `style.css`).
  static let files: [String: String] = {
    var files: [String: String] = [:]
    for name in Theme.templateNames.map({ $0 + ".mustache" }) + Theme.assetNames {
      let url = themeFolder?.appendingPathComponent(name)
      if let url, let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8) {
        files[name] = text
      }
    }
    return files
  }()

  /// The font files by site name, read as bytes.
  static let fontBytes: [String: [UInt8]] = {
    var files: [String: [UInt8]] = [:]
    for (name, path) in Theme.fontFiles {
      if let url = themeFolder?.appendingPathComponent(path), let data = try? Data(contentsOf: url) {
        files[name] = Array(data)
      }
    }
    return files
  }()

  /// The folder holding the default theme. `Bundle.module` would stop the program when a copied binary left its
  /// resources behind; looking for them here turns that into a reported missing-file problem instead.
  static let themeFolder: URL? = {
    let bundleName = "docbuild_Site.resources"
    let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
    let candidates = [
      Bundle.main.bundleURL.appendingPathComponent(bundleName),
      executable.deletingLastPathComponent().appendingPathComponent(bundleName),
      Bundle.main.resourceURL?.appendingPathComponent(bundleName),
    ].compactMap { $0?.appendingPathComponent("Theme") }
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("page.mustache").path) }
  }()

  /// Names of default files that could not be read.
  static var missing: [String] {
    (Theme.templateNames.map { $0 + ".mustache" } + Theme.assetNames).filter { files[$0] == nil }
      + Theme.fontFiles.filter { fontBytes[$0.0] == nil }.map(\.1)
  }
}
