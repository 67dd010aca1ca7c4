import Markdown

/// Where an element of a page sits: the page's name and the element's id.
public struct PageAnchor: Sendable, Hashable {
  /// The page's name (`affine-layers`), whose file is `NAME.html`.
  public var page: String
  /// The element's id on that page.
  public var id: String

  /// Makes an anchor.
  public init(page: String, id: String) {
    self.page = page
    self.id = id
  }

  /// The link to the anchor from the page written to `pageFile`: a bare fragment on the same page.
  func href(from pageFile: String) -> String {
    let file = page + ".html"
    return (file == pageFile ? "" : SafeURL.pagePath(file)) + "#" + id
  }
}

/// What a label names, as references read it and the page shows it.
public struct LabelTarget: Sendable, Hashable {
  /// Equation, section or figure.
  public var kind: LabelKind
  /// The labelled element; its id is the label itself.
  public var anchor: PageAnchor
  /// "2.3" (per chapter) or "7" (per book) for equations and figures; "" for sections.
  public var number: String
  /// A section's heading text, a figure's caption; "" for equations.
  public var title: String
  /// For an equation every one of whose bound claims held: the first code that checked it; nil otherwise.
  public var checkedBy: PageAnchor?

  /// Makes a target.
  public init(kind: LabelKind, anchor: PageAnchor, number: String, title: String, checkedBy: PageAnchor? = nil) {
    self.kind = kind
    self.anchor = anchor
    self.number = number
    self.title = title
    self.checkedBy = checkedBy
  }

  /// How a reference reads: "Equation 2.3" ("2.3" for `[-@…]`), "Figure 1.2", or a section's title.
  public func text(numberOnly: Bool) -> String {
    switch kind {
    case .section: return title
    case .equation, .figure: return numberOnly ? number : "\(kind.noun) \(number)"
    }
  }
}

/// Every label of the book, built once by the pipeline, so references resolve across chapters.
public struct CrossReferenceTable: Sendable {
  /// The targets by label (`eq-bias-grad`).
  public let targets: [String: LabelTarget]
  /// The ids each page's labels take, by page name.
  private let idsByPage: [String: Set<String>]

  /// Makes a table.
  public init(targets: [String: LabelTarget] = [:]) {
    self.targets = targets
    var ids: [String: Set<String>] = [:]
    for target in targets.values { ids[target.anchor.page, default: []].insert(target.anchor.id) }
    self.idsByPage = ids
  }

  /// The ids the labels of page `name` take, which headings' generated ids must avoid.
  func ids(onPage name: String) -> Set<String> { idsByPage[name] ?? [] }
}

/// The id of a tensor block that checks an equation, which the equation's mark links to.
public func checkingCodeID(blockID: Int) -> String { "code-\(blockID + 1)" }
