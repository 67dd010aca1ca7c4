import Markdown
import Site
import Testing

/// A book replaces the theme's templates and assets by putting files of the same name in its content folder.
@Suite struct TemplateOverrideTests {
  @Test func pageTemplateOverrideIsUsedWithTheDocumentedVariables() {
    let template = """
      <html><title>{{pageTitle}} – {{bookTitle}}</title>{{#chapters}}[{{number}} {{title}}{{#current}}*{{/current}}]{{/chapters}}
      {{#previous}}prev={{href}}{{/previous}} {{#next}}next={{href}}{{/next}}{{> footer}}</html>
      """
    let site = SiteRenderer.render(
      SampleBook.book, templateOverrides: ["page.mustache": template, "footer.mustache": "<footer>ours</footer>"])
    #expect(site.diagnostics.isEmpty)
    #expect(
      SampleBook.text(site, "addition.html") == """
        <html><title>Gradient Through Addition – Gradients by Example</title>[1 Gradient Through Addition*][2 Affine Layers]
        prev=index.html next=affine-layers.html<footer>ours</footer></html>
        """)
  }

  @Test func stylesheetOverrideReplacesTheDefault() {
    let site = SiteRenderer.render(SampleBook.book, templateOverrides: ["style.css": "body { color: red }\n"])
    #expect(SampleBook.text(site, "style.css") == "body { color: red }\n")
  }

  @Test func brokenTemplateIsReportedAndTheDefaultUsed() throws {
    let site = SiteRenderer.render(
      SampleBook.book, templateOverrides: ["sidebar.mustache": "<nav>\n{{#chapters}}\n</nav>"])
    let diagnostic = try #require(site.diagnostics.first)
    #expect(site.diagnostics.count == 1)
    #expect(diagnostic.path == "sidebar.mustache")
    #expect(diagnostic.message.hasPrefix("this template does not parse ("))
    #expect(SampleBook.text(site, "addition.html").contains("<details class=\"chapter-menu\" open=\"open\">"))
  }
}
