extension ModuleSources {
  /// `textwrap`, after CPython 3.11's Lib/textwrap.py: TextWrapper splits text into chunks with the same pattern (a
  /// word may end at a hyphen between letters, an em-dash stands alone), fills lines greedily, breaks a chunk longer
  /// than a line at its last hyphen that fits, and with `max_lines` ends on the placeholder as CPython does; `dedent`
  /// takes off the longest common margin of spaces and tabs, `indent` prefixes the lines its predicate picks.
  static let textwrap = #"""
    import re

    _whitespace = '\t\n\x0b\x0c\r '
    _word_punct = r'[\w!"\'&.,?]'
    _letter = r'[^\d\W]'
    _space = r'[%s]' % re.escape(_whitespace)
    _no_space = '[^' + _space[1:]
    # A chunk is a run of whitespace, an em-dash between words, or a word that may end at a hyphen between letters.
    _chunks_with_hyphens = re.compile(r'''
        ( %(ws)s+
        | (?<=%(wp)s) -{2,} (?=\w)
        | %(nws)s+? (?:
              -(?: (?<=%(lt)s{2}-) | (?<=%(lt)s-%(lt)s-))
              (?= %(lt)s -? %(lt)s)
            | (?=%(ws)s|\Z)
            | (?<=%(wp)s) (?=-{2,}\w)
            )
        )''' % {'wp': _word_punct, 'lt': _letter, 'ws': _space, 'nws': _no_space}, re.VERBOSE)
    _chunks_at_spaces = re.compile(r'(%s+)' % _space)
    _sentence_end = re.compile(r'[a-z][\.\!\?][\"\']?\Z')
    _to_space = {ord(c): ord(' ') for c in _whitespace}


    class TextWrapper:
        unicode_whitespace_trans = _to_space
        wordsep_re = _chunks_with_hyphens
        wordsep_simple_re = _chunks_at_spaces
        sentence_end_re = _sentence_end

        def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True, replace_whitespace=True,
                     fix_sentence_endings=False, break_long_words=True, drop_whitespace=True, break_on_hyphens=True,
                     tabsize=8, *, max_lines=None, placeholder=' [...]'):
            self.width = width
            self.initial_indent = initial_indent
            self.subsequent_indent = subsequent_indent
            self.expand_tabs = expand_tabs
            self.replace_whitespace = replace_whitespace
            self.fix_sentence_endings = fix_sentence_endings
            self.break_long_words = break_long_words
            self.drop_whitespace = drop_whitespace
            self.break_on_hyphens = break_on_hyphens
            self.tabsize = tabsize
            self.max_lines = max_lines
            self.placeholder = placeholder

        def _munge_whitespace(self, text):
            if self.expand_tabs:
                text = text.expandtabs(self.tabsize)
            if self.replace_whitespace:
                text = text.translate(self.unicode_whitespace_trans)
            return text

        def _split(self, text):
            if self.break_on_hyphens is True:
                pieces = self.wordsep_re.split(text)
            else:
                pieces = self.wordsep_simple_re.split(text)
            return [piece for piece in pieces if piece]

        def _fix_sentence_endings(self, chunks):
            i = 0
            while i < len(chunks) - 1:
                if chunks[i + 1] == ' ' and self.sentence_end_re.search(chunks[i]):
                    chunks[i + 1] = '  '
                    i += 2
                else:
                    i += 1

        def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
            # A chunk longer than a line: its head fills this line (up to a hyphen when there is one), or, unbroken,
            # it takes a line of its own.
            space_left = 1 if width < 1 else width - cur_len
            if self.break_long_words:
                end = space_left
                chunk = reversed_chunks[-1]
                if self.break_on_hyphens and len(chunk) > space_left:
                    hyphen = chunk.rfind('-', 0, space_left)
                    if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                        end = hyphen + 1
                cur_line.append(chunk[:end])
                reversed_chunks[-1] = chunk[end:]
            elif not cur_line:
                cur_line.append(reversed_chunks.pop())

        def _wrap_chunks(self, chunks):
            lines = []
            if self.width <= 0:
                raise ValueError('invalid width %r (must be > 0)' % self.width)
            if self.max_lines is not None:
                indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
                if len(indent) + len(self.placeholder.lstrip()) > self.width:
                    raise ValueError('placeholder too large for max width')
            chunks.reverse()
            while chunks:
                cur_line = []
                cur_len = 0
                indent = self.subsequent_indent if lines else self.initial_indent
                width = self.width - len(indent)
                if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                    del chunks[-1]
                while chunks:
                    size = len(chunks[-1])
                    if cur_len + size <= width:
                        cur_line.append(chunks.pop())
                        cur_len += size
                    else:
                        break
                if chunks and len(chunks[-1]) > width:
                    self._handle_long_word(chunks, cur_line, cur_len, width)
                    cur_len = sum(len(piece) for piece in cur_line)
                if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                    cur_len -= len(cur_line[-1])
                    del cur_line[-1]
                if cur_line:
                    last_fits = (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                    if self.max_lines is None or len(lines) + 1 < self.max_lines or last_fits and cur_len <= width:
                        lines.append(indent + ''.join(cur_line))
                    else:
                        # The last line allowed: as much as fits with the placeholder after it.
                        placed = False
                        while cur_line:
                            if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                                cur_line.append(self.placeholder)
                                lines.append(indent + ''.join(cur_line))
                                placed = True
                                break
                            cur_len -= len(cur_line[-1])
                            del cur_line[-1]
                        if not placed:
                            if lines:
                                prev_line = lines[-1].rstrip()
                                if len(prev_line) + len(self.placeholder) <= self.width:
                                    lines[-1] = prev_line + self.placeholder
                                    break
                            lines.append(indent + self.placeholder.lstrip())
                        break
            return lines

        def _split_chunks(self, text):
            return self._split(self._munge_whitespace(text))

        def wrap(self, text):
            chunks = self._split_chunks(text)
            if self.fix_sentence_endings:
                self._fix_sentence_endings(chunks)
            return self._wrap_chunks(chunks)

        def fill(self, text):
            return '\n'.join(self.wrap(text))


    def wrap(text, width=70, **kwargs):
        return TextWrapper(width=width, **kwargs).wrap(text)


    def fill(text, width=70, **kwargs):
        return TextWrapper(width=width, **kwargs).fill(text)


    def shorten(text, width, **kwargs):
        return TextWrapper(width=width, max_lines=1, **kwargs).fill(' '.join(text.strip().split()))


    _blank_line = re.compile('^[ \t]+$', re.MULTILINE)
    _line_margin = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


    def dedent(text):
        # The longest run of spaces and tabs that starts every line that is not blank, taken off each line.
        margin = None
        text = _blank_line.sub('', text)
        for indent in _line_margin.findall(text):
            if margin is None:
                margin = indent
            elif indent.startswith(margin):
                pass
            elif margin.startswith(indent):
                margin = indent
            else:
                for i, (x, y) in enumerate(zip(margin, indent)):
                    if x != y:
                        margin = margin[:i]
                        break
        if margin:
            text = re.sub(r'(?m)^' + margin, '', text)
        return text


    def indent(text, prefix, predicate=None):
        lines = []
        for line in text.splitlines(True):
            keep = predicate(line) if predicate is not None else line.strip()
            lines.append(prefix + line if keep else line)
        return ''.join(lines)
    """#
}
