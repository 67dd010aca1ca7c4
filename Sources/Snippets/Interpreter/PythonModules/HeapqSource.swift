extension ModuleSources {
  /// `heapq`, after CPython 3.11's C module `_heapq` (its comparisons, in order, and its messages) and the pure-Python
  /// `nlargest` and `nsmallest` of Lib/heapq.py; `merge` is left out (refused by name). Push, pop, replace, push-pop
  /// and heapify of plain items are done in Swift first (`__docbuild_heap__`, NativeHeaps.swift), in the C module's
  /// sift order; anything else comes back to this source unchanged.
  static let heapq = #"""
    class _Missing:
        pass

    _missing = _Missing()

    def _check(heap, function, argument=' 1'):
        if not isinstance(heap, list):
            raise TypeError(f'{function}() argument{argument} must be list, not {type(heap).__name__}')

    def _siftdown(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if not newitem < parent:
                break
            heap[parentpos], heap[pos] = heap[pos], parent
            pos = parentpos

    def _siftup(heap, pos):
        endpos = len(heap)
        startpos = pos
        limit = endpos >> 1
        while pos < limit:
            childpos = 2 * pos + 1
            if childpos + 1 < endpos and not heap[childpos] < heap[childpos + 1]:
                childpos += 1
            heap[childpos], heap[pos] = heap[pos], heap[childpos]
            pos = childpos
        _siftdown(heap, startpos, pos)

    def _siftdown_max(heap, startpos, pos):
        newitem = heap[pos]
        while pos > startpos:
            parentpos = (pos - 1) >> 1
            parent = heap[parentpos]
            if not parent < newitem:
                break
            heap[parentpos], heap[pos] = heap[pos], parent
            pos = parentpos

    def _siftup_max(heap, pos):
        endpos = len(heap)
        startpos = pos
        limit = endpos >> 1
        while pos < limit:
            childpos = 2 * pos + 1
            if childpos + 1 < endpos and not heap[childpos + 1] < heap[childpos]:
                childpos += 1
            heap[childpos], heap[pos] = heap[pos], heap[childpos]
            pos = childpos
        _siftdown_max(heap, startpos, pos)

    def heappush(heap, item):
        if __docbuild_heap__('push', heap, item, _missing) is not _missing:
            return
        _check(heap, 'heappush')
        heap.append(item)
        _siftdown(heap, 0, len(heap) - 1)

    def _pop(heap, name, siftup):
        _check(heap, name, '')
        if not heap:
            raise IndexError('index out of range')
        lastelt = heap.pop()
        if not heap:
            return lastelt
        returnitem = heap[0]
        heap[0] = lastelt
        siftup(heap, 0)
        return returnitem

    def _replace(heap, item, name, siftup):
        _check(heap, name)
        if not heap:
            raise IndexError('index out of range')
        returnitem = heap[0]
        heap[0] = item
        siftup(heap, 0)
        return returnitem

    def heappop(heap):
        result = __docbuild_heap__('pop', heap, None, _missing)
        if result is not _missing:
            return result
        return _pop(heap, 'heappop', _siftup)

    def heapreplace(heap, item):
        result = __docbuild_heap__('replace', heap, item, _missing)
        if result is not _missing:
            return result
        return _replace(heap, item, 'heapreplace', _siftup)

    def heappushpop(heap, item):
        result = __docbuild_heap__('pushpop', heap, item, _missing)
        if result is not _missing:
            return result
        _check(heap, 'heappushpop')
        if not heap or not heap[0] < item:
            return item
        returnitem = heap[0]
        heap[0] = item
        _siftup(heap, 0)
        return returnitem

    def heapify(heap):
        if __docbuild_heap__('heapify', heap, None, _missing) is not _missing:
            return
        _check(heap, 'heapify', '')
        for i in reversed(range(len(heap) // 2)):
            _siftup(heap, i)

    def _heapify_max(heap):
        _check(heap, '_heapify_max', '')
        for i in reversed(range(len(heap) // 2)):
            _siftup_max(heap, i)

    def _heappop_max(heap):
        return _pop(heap, '_heappop_max', _siftup_max)

    def _heapreplace_max(heap, item):
        return _replace(heap, item, '_heapreplace_max', _siftup_max)

    def nsmallest(n, iterable, key=None):
        if n == 1:
            it = iter(iterable)
            sentinel = _missing
            if key is None:
                result = min(it, default=sentinel)
            else:
                result = min(it, default=sentinel, key=key)
            return [] if result is sentinel else [result]
        try:
            size = len(iterable)
        except (TypeError, AttributeError):
            pass
        else:
            if n >= size:
                return sorted(iterable, key=key)[:n]
        it = iter(iterable)
        if key is None:
            result = [(elem, i) for i, elem in zip(range(n), it)]
            if not result:
                return result
            _heapify_max(result)
            top = result[0][0]
            order = n
            for elem in it:
                if elem < top:
                    _heapreplace_max(result, (elem, order))
                    top = result[0][0]
                    order += 1
            result.sort()
            return [elem for (elem, order) in result]
        result = [(key(elem), i, elem) for i, elem in zip(range(n), it)]
        if not result:
            return result
        _heapify_max(result)
        top = result[0][0]
        order = n
        for elem in it:
            k = key(elem)
            if k < top:
                _heapreplace_max(result, (k, order, elem))
                top = result[0][0]
                order += 1
        result.sort()
        return [elem for (k, order, elem) in result]

    def nlargest(n, iterable, key=None):
        if n == 1:
            it = iter(iterable)
            sentinel = _missing
            if key is None:
                result = max(it, default=sentinel)
            else:
                result = max(it, default=sentinel, key=key)
            return [] if result is sentinel else [result]
        try:
            size = len(iterable)
        except (TypeError, AttributeError):
            pass
        else:
            if n >= size:
                return sorted(iterable, key=key, reverse=True)[:n]
        it = iter(iterable)
        if key is None:
            result = [(elem, i) for i, elem in zip(range(0, -n, -1), it)]
            if not result:
                return result
            heapify(result)
            top = result[0][0]
            order = -n
            for elem in it:
                if top < elem:
                    heapreplace(result, (elem, order))
                    top = result[0][0]
                    order -= 1
            result.sort(reverse=True)
            return [elem for (elem, order) in result]
        result = [(key(elem), i, elem) for i, elem in zip(range(0, -n, -1), it)]
        if not result:
            return result
        heapify(result)
        top = result[0][0]
        order = -n
        for elem in it:
            k = key(elem)
            if top < k:
                heapreplace(result, (k, order, elem))
                top = result[0][0]
                order -= 1
        result.sort(reverse=True)
        return [elem for (k, order, elem) in result]
    """#
}
