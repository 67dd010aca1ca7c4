import Markdown
import Site
import Testing

/// The parts every page must have, checked on the sample book.
@Suite struct PageFeatureTests {
  let site = SiteRenderer.render(SampleBook.book)
  var addition: String { SampleBook.text(site, "addition.html") }
  /// The page with the highlighter's token spans removed, so assertions do not depend on how the lexer classifies.
  var additionWithoutTokens: String {
    addition.replacing(/<span class="tok-[a-z]+">([^<]*)<\/span>/) { String($0.output.1) }
  }

  @Test func siteHasPagesStylesheetScriptAndIndex() {
    #expect(
      site.files.keys.sorted() == [
        "addition.html", "affine-layers.html", "docbuild-math-LICENSE.txt", "docbuild-math.woff2", "favicon.svg",
        "index.html", "print.html", "search-index.js", "search-index.json", "search.js", "style.css",
      ])
  }

  @Test func currentChapterIsMarkedInTheSidebar() {
    #expect(addition.contains("<a href=\"addition.html\" aria-current=\"page\">Gradient Through Addition</a>"))
    #expect(addition.contains("<a href=\"affine-layers.html\">Affine Layers</a>"))
    #expect(SampleBook.text(site, "index.html").contains("<a class=\"book-title\" href=\"index.html\" aria-current"))
  }

  @Test func previousAndNextLinksFollowTheChapterOrder() {
    #expect(
      addition.contains(
        "rel=\"prev\" href=\"index.html\" aria-keyshortcuts=\"ArrowLeft\"><span class=\"pager-label\">← Previous</span> Home"
      ))
    #expect(addition.contains("rel=\"next\" href=\"affine-layers.html\" aria-keyshortcuts=\"ArrowRight\">"))
    let last = SampleBook.text(site, "affine-layers.html")
    #expect(last.contains("rel=\"prev\" href=\"addition.html\""))
    #expect(!last.contains("rel=\"next\""))
  }

  @Test func repeatedHeadingsGetNumberedIDs() {
    #expect(addition.contains("<h2 id=\"addition-with-broadcasting\">"))
    #expect(addition.contains("<h2 id=\"addition-with-broadcasting-1\">"))
    #expect(addition.contains("<li class=\"toc-depth-0\"><a href=\"#addition-with-broadcasting-1\">"))
    #expect(addition.contains("<li class=\"toc-depth-0\"><a href=\"#gradients-grad\">Gradients <code>grad</code></a>"))
  }

  @Test func homePageListsChaptersWithTheirFirstParagraph() {
    let home = SampleBook.text(site, "index.html")
    #expect(home.contains("<h1>Gradients by Example</h1>"))
    #expect(home.contains("<a href=\"addition.html\">Gradient Through Addition</a>"))
    // The summary keeps math and formatting but drops links, which would point elsewhere from the home page.
    #expect(
      home.contains(
        "<p>An affine layer computes <span class=\"nowrap\"><math><msup><mi>W</mi><mi>T</mi></msup></math>,</span>"
          + " as in addition.</p>"))
  }

  @Test func writtenHomePageKeepsItsTextAndListsTheChapters() {
    let home = ChapterPage(
      sourcePath: "content/index.md", slug: "index", title: "Welcome",
      document: Document(blocks: [
        .heading(level: 1, content: [.text("Welcome")], position: SampleBook.at(1)),
        .paragraph([.text("Start anywhere.")], position: SampleBook.at(3)),
      ]), snippets: [:], math: [:])
    let book = BookSite(title: "Welcome", home: home, chapters: SampleBook.book.chapters)
    let page = SampleBook.text(SiteRenderer.render(book), "index.html")
    #expect(page.contains("<h1 id=\"welcome\">Welcome"))
    #expect(page.contains("<p>Start anywhere.</p>"))
    #expect(page.contains("<h2 id=\"chapters-title\">Chapters</h2>"))
  }

  @Test func mathIsInsertedAsGiven() {
    #expect(addition.contains("gives <span class=\"nowrap\"><math><mi>z</mi></math>;</span> the gradient"))
    #expect(addition.contains("<p><math display=\"block\"><mfrac>"))
  }

  @Test func transcriptPromptsAreSeparateFromCodeAndOutput() {
    #expect(additionWithoutTokens.contains("<span class=\"prompt\">&gt;&gt;&gt; </span>A = np.ones([2,3])\n"))
    #expect(
      addition.contains(
        "<span class=\"output-lines\"><span class=\"line\">array([[2., 2., 2.],\n</span>"
          + "<span class=\"line\">       [2., 2., 2.]])\n</span></span>"))
  }

  @Test func scriptIsFollowedByItsEscapedOutput() {
    #expect(
      addition.contains(
        "<pre class=\"output\" data-label=\"Output\"><samp><span class=\"line\">&lt;True&gt; &amp; done\n</span></samp></pre>"
      ))
    #expect(additionWithoutTokens.contains("print(l &lt; 100 &amp; True)"))
  }

  @Test func snippetCodeIsHighlightedAtBuildTime() {
    #expect(addition.contains("<span class=\"tok-keyword\">assert</span>"))
    #expect(addition.contains("<span class=\"tok-number\">100</span>"))
  }

  @Test func errorBlocksShowTheirErrorLine() {
    #expect(
      addition.contains(
        "<pre class=\"output error\" data-label=\"Raises\"><samp><span class=\"line\">ValueError: operands could not be broadcast"
      ))
    #expect(
      addition.contains(
        "<span class=\"line\"><span class=\"error-line\">ValueError: cannot reshape array of size 2 into shape (3,)</span>\n</span>"
      ))
  }

  @Test func heldClaimsCarryAVerifiedMarkThatSaysWhatWasVerified() {
    let hidden =
      "<span aria-hidden=\"true\">✓</span><span class=\"visually-hidden\">(verified: this claim held when the page "
      + "was built)"
    #expect(
      additionWithoutTokens.contains(
        "<span class=\"verified\" title=\"Verified when this page was built: assert np.allclose(grad(l, b), "
          + "numgrad(l, b)) held.\">" + hidden + "</span></span>assert np.allclose(grad(l, b), numgrad(l, b))\n"))
    #expect(
      additionWithoutTokens.contains(
        "<span class=\"verified\" title=\"Verified when this page was built: assert x.sum() == 2 held.\">" + hidden
          + "</span></span><span class=\"prompt\">&gt;&gt;&gt; </span>assert x.sum() == 2\n"))
    #expect(addition.components(separatedBy: "class=\"verified\"").count == 3)
  }

  @Test func pageWithoutALeadingTitleHeadingGetsOneOnlyWhenItHasNone() {
    let intro = Block.paragraph([.text("Intro.")], position: SampleBook.at(1))
    let title = Block.heading(level: 1, content: [.text("Late title")], position: SampleBook.at(3))
    let untitled = SampleBook.chapter(slug: "untitled", blocks: [intro])
    let lateTitle = SampleBook.chapter(slug: "late", blocks: [intro, title])
    let site = SiteRenderer.render(BookSite(title: "T", home: nil, chapters: [untitled, lateTitle]))
    #expect(SampleBook.text(site, "untitled.html").contains("<article class=\"content\">\n<h1>untitled</h1>\n"))
    let late = SampleBook.text(site, "late.html")
    #expect(late.components(separatedBy: "<h1").count == 2)
    #expect(late.contains("<p>Intro.</p>\n<h1 id=\"late-title\">Late title"))
  }

  @Test func hiddenBlocksRenderNothing() {
    #expect(!addition.contains("W = np.ones"))
  }

  @Test func otherLanguagesAreShownEscaped() {
    #expect(
      addition.contains(
        "<pre class=\"code\"><code class=\"language-swift\">let x = [1, 2] // &lt;not run&gt;</code></pre>"))
  }

  @Test func gradientTableIsARealTable() {
    #expect(addition.contains("<caption>Gradients of <code>l</code>, checked against finite differences</caption>"))
    #expect(
      addition.contains(
        "<thead><tr><th scope=\"col\">Variable</th><th scope=\"col\">Shape</th><th scope=\"col\">Gradient shape</th>"
          + "<th scope=\"col\">Broadcast</th><th scope=\"col\">Gradient</th>"
          + "<th scope=\"col\">Largest difference</th><th scope=\"col\">Check</th></tr></thead>"))
    #expect(
      addition.contains(
        "<tr><th scope=\"row\"><code>b</code></th><td class=\"shape\" data-label=\"Shape\">(3,)</td>"
          + "<td class=\"shape\" data-label=\"Gradient shape\">(3,)</td>"
          + "<td data-label=\"Broadcast\">summed over axis 0</td>"
          + "<td class=\"values\" data-label=\"∂l/∂b\"><pre>[4. 4. 4.]</pre></td>"
          + "<td class=\"number\" data-label=\"Largest difference\">0</td>"))
    #expect(addition.contains("<td class=\"number\" data-label=\"Largest difference\">3.2e-11</td>"))
    #expect(
      addition.contains(
        "<td class=\"pass\" data-label=\"Check\"><span aria-hidden=\"true\">✓</span> "
          + "<span class=\"check-word\">passed</span></td>"))
  }

  @Test func rawHTMLIsDroppedUnlessTheBookOptsIn() {
    #expect(!addition.contains("evil()"))
    #expect(!addition.contains("class=\"raw\""))
    var book = SampleBook.book
    book.allowsRawHTML = true
    let allowed = SampleBook.text(SiteRenderer.render(book), "addition.html")
    #expect(allowed.contains("<span onclick=\"evil()\">.</span>"))
    #expect(allowed.contains("<div class=\"raw\">raw</div>"))
  }

  @Test func pagesMakeNoExternalRequests() {
    for (name, bytes) in site.files where name.hasSuffix(".html") || name.hasSuffix(".css") {
      let text = String(decoding: bytes, as: UTF8.self)
      for attribute in ["src=\"http", "href=\"//", "@import", "url(http"] {
        #expect(!text.contains(attribute), "\(name) contains \(attribute)")
      }
      #expect(!text.contains("<link rel=\"stylesheet\" href=\"http"))
    }
  }
}
