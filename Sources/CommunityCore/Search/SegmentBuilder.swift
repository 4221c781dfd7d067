/// Collects documents in memory and lays them out as one immutable segment file.
///
/// Used for a full rebuild, for flushing the journal and for merging segments. Each distinct
/// folded word form is stemmed once and cached, which is what keeps indexing fast: most
/// tokens of a corpus are repeats of a few ten thousand forms.
struct SegmentBuilder {
  /// The postings of one term while they are being collected.
  private struct TermPostings {
    var writer = SearchByteWriter()
    var lastDocument = -1
    var documentFrequency: UInt32 = 0
  }

  /// One token of the document being added, before grouping by term.
  private struct Occurrence {
    var term: Int32
    var position: UInt32
    var tail: UInt32
  }

  private var stored = SearchByteWriter()
  private var docTable = SearchByteWriter()
  private var keys: [SearchDocumentKey] = []
  private var keyToDocument: [SearchDocumentKey: Int] = [:]
  private var termIDs: [[UInt8]: Int32] = [:]
  private var termBytes: [[UInt8]] = []
  private var postings: [TermPostings] = []
  private var tailIDs: [[UInt8]: UInt32] = [:]
  private var tails: [[UInt8]] = []
  private var forms: [[UInt8]: (term: Int32, tail: UInt32)] = [:]
  private var occurrences: [Occurrence] = []
  private var folded: [UInt8] = []
  private var groups: [(tail: UInt32, title: Int, body: Int)] = []
  private var block = SearchByteWriter()
  private var totalTitleTokens: UInt64 = 0
  private var totalBodyTokens: UInt64 = 0

  /// Documents added earlier under a key that a later document reused; the later one wins.
  private(set) var replaced: [Int] = []

  /// The number of documents added, replaced ones included.
  var documentCount: Int { keys.count }

  /// Creates an empty builder.
  init() {}

  /// Tokenizes `document` and adds it as the next document number.
  mutating func add(_ document: SearchDocument) {
    let number = keys.count
    let key = SearchDocumentKey(document)
    if let earlier = keyToDocument.updateValue(number, forKey: key) { replaced.append(earlier) }
    keys.append(key)
    let storedOffset = stored.bytes.count
    SearchDocumentCodec.encode(document, into: &stored)

    occurrences.removeAll(keepingCapacity: true)
    var position: UInt32 = 0
    tokenize(document.title, position: &position, limit: SegmentLayout.maxTitleTokens)
    let titleTokens = position
    position += 1
    tokenize(document.body, position: &position, limit: Int(UInt32.max / 2))
    let bodyTokens = position - titleTokens - 1
    for (fieldKey, value) in document.fields {
      let term = termID(SegmentLayout.fieldTerm(key: fieldKey, value: value))
      occurrences.append(Occurrence(term: term, position: 0, tail: 0))
    }
    totalTitleTokens += UInt64(titleTokens)
    totalBodyTokens += UInt64(bodyTokens)

    docTable.appendUInt64(UInt64(storedOffset))
    docTable.appendUInt32(bodyTokens)
    docTable.bytes.append(UInt8(truncatingIfNeeded: titleTokens))
    docTable.bytes.append(UInt8(truncatingIfNeeded: titleTokens >> 8))
    docTable.bytes.append(document.kind.code)
    docTable.bytes.append(0)

    occurrences.sort { ($0.term, $0.position) < ($1.term, $1.position) }
    var start = 0
    while start < occurrences.count {
      let term = occurrences[start].term
      var end = start + 1
      while end < occurrences.count && occurrences[end].term == term { end += 1 }
      appendPosting(
        term: Int(term), document: number, titleTokens: titleTokens, occurrences: start..<end)
      start = end
    }
  }

  /// Lays the segment out as byte chunks to be written one after another.
  func finish() -> [[UInt8]] {
    let order = termBytes.indices.sorted { termBytes[$0].lexicographicallyPrecedes(termBytes[$1]) }
    var dictionary = SearchByteWriter(capacity: order.count * SegmentLayout.termEntrySize)
    var blob = SearchByteWriter()
    var postingBytes = SearchByteWriter(capacity: postings.reduce(0) { $0 + $1.writer.bytes.count })
    for index in order {
      let term = termBytes[index]
      dictionary.appendUInt32(UInt32(blob.bytes.count))
      dictionary.appendUInt32(UInt32(term.count))
      dictionary.appendUInt32(postings[index].documentFrequency)
      dictionary.appendUInt32(UInt32(postings[index].writer.bytes.count))
      dictionary.appendUInt64(UInt64(postingBytes.bytes.count))
      blob.bytes.append(contentsOf: term)
      postingBytes.bytes.append(contentsOf: postings[index].writer.bytes)
    }
    // Only the newest document of each key is listed, so a lookup never finds a replaced one.
    let current = keys.indices.filter { keyToDocument[keys[$0]] == $0 }
    var keyIndex = SearchByteWriter(capacity: current.count * 4)
    for number in current.sorted(by: { SearchDocumentKey.precedes(keys[$0], keys[$1]) }) {
      keyIndex.appendUInt32(UInt32(number))
    }
    var tailTable = SearchByteWriter()
    for tail in tails {
      tailTable.appendVarint(tail.count)
      tailTable.bytes.append(contentsOf: tail)
    }

    let sections = [
      stored.bytes, docTable.bytes, keyIndex.bytes, tailTable.bytes, dictionary.bytes,
      blob.bytes, postingBytes.bytes,
    ]
    var offsets: [UInt64] = []
    var next = UInt64(SegmentLayout.headerSize)
    for section in sections {
      offsets.append(next)
      next += UInt64(section.count)
    }
    typealias Field = SegmentLayout.Header
    var header = SearchByteWriter()
    header.bytes = SegmentLayout.magic + [UInt8](repeating: 0, count: SegmentLayout.headerSize - 8)
    header.setUInt32(UInt32(keys.count), at: Field.docCount)
    header.setUInt32(UInt32(order.count), at: Field.termCount)
    header.setUInt32(UInt32(tails.count), at: Field.tailCount)
    header.setUInt32(UInt32(current.count), at: Field.keyCount)
    header.setUInt64(totalTitleTokens, at: Field.totalTitleTokens)
    header.setUInt64(totalBodyTokens, at: Field.totalBodyTokens)
    header.setUInt64(offsets[0], at: Field.storedOffset)
    header.setUInt64(UInt64(stored.bytes.count), at: Field.storedLength)
    header.setUInt64(offsets[1], at: Field.docTableOffset)
    header.setUInt64(offsets[2], at: Field.keyIndexOffset)
    header.setUInt64(offsets[3], at: Field.tailTableOffset)
    header.setUInt64(UInt64(tailTable.bytes.count), at: Field.tailTableLength)
    header.setUInt64(offsets[4], at: Field.termDictOffset)
    header.setUInt64(offsets[5], at: Field.termBlobOffset)
    header.setUInt64(UInt64(blob.bytes.count), at: Field.termBlobLength)
    header.setUInt64(offsets[6], at: Field.postingsOffset)
    header.setUInt64(UInt64(postingBytes.bytes.count), at: Field.postingsLength)
    let checksum = SearchCRC32.checksum(Array(header.bytes[0..<Field.checksum]))
    header.setUInt32(checksum, at: Field.checksum)
    return [header.bytes] + sections
  }

  /// Adds the tokens of `text` to `occurrences`, numbering positions from `position`.
  private mutating func tokenize(_ text: String, position: inout UInt32, limit: Int) {
    var copy = text
    let first = position
    copy.withUTF8 { utf8 in
      var scanner = SearchTokenScanner(utf8)
      while scanner.next(into: &folded) != nil {
        guard Int(position - first) < limit else { break }
        let form = formIDs(folded)
        occurrences.append(Occurrence(term: form.term, position: position, tail: form.tail))
        position += 1
      }
    }
  }

  /// Returns the term and tail numbers of a folded word form, stemming it the first time.
  private mutating func formIDs(_ form: [UInt8]) -> (term: Int32, tail: UInt32) {
    if let known = forms[form] { return known }
    let stemLength = TermAnalyzer.stemLength(of: form)
    let term = termID(Array(form[0..<stemLength]))
    let tail = Array(form[stemLength...])
    let tailID: UInt32
    if let known = tailIDs[tail] {
      tailID = known
    } else {
      tailID = UInt32(tails.count)
      tailIDs[tail] = tailID
      tails.append(tail)
    }
    forms[form] = (term, tailID)
    return (term, tailID)
  }

  /// Returns the number of a term, adding it when new.
  private mutating func termID(_ term: [UInt8]) -> Int32 {
    if let known = termIDs[term] { return known }
    let id = Int32(termBytes.count)
    termIDs[term] = id
    termBytes.append(term)
    postings.append(TermPostings())
    return id
  }

  /// Appends one document's occurrences of a term to that term's postings: the gap, the
  /// counts per ending, then the positions as a length-prefixed block.
  private mutating func appendPosting(
    term: Int, document: Int, titleTokens: UInt32, occurrences range: Range<Int>
  ) {
    // Gaps start from -1 so every gap is at least one and the first is the number plus one.
    let gap = document - postings[term].lastDocument
    postings[term].lastDocument = document
    postings[term].documentFrequency += 1
    groups.removeAll(keepingCapacity: true)
    block.bytes.removeAll(keepingCapacity: true)
    var previous: UInt32 = 0
    for index in range {
      let occurrence = occurrences[index]
      let inTitle = occurrence.position < titleTokens
      if let group = groups.firstIndex(where: { $0.tail == occurrence.tail }) {
        if inTitle { groups[group].title += 1 } else { groups[group].body += 1 }
      } else {
        groups.append((occurrence.tail, inTitle ? 1 : 0, inTitle ? 0 : 1))
      }
      block.appendVarint(Int(occurrence.position - previous))
      previous = occurrence.position
    }
    postings[term].writer.appendVarint(gap)
    postings[term].writer.appendVarint(groups.count)
    for group in groups {
      postings[term].writer.appendVarint(Int(group.tail))
      postings[term].writer.appendVarint(group.title)
      postings[term].writer.appendVarint(group.body)
    }
    postings[term].writer.appendVarint(block.bytes.count)
    postings[term].writer.bytes.append(contentsOf: block.bytes)
  }
}
