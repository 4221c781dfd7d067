import Foundation

/// The constants of the BM25F ranking, kept in one place so tests and tuning agree.
enum BM25Parameters {
  /// Term-frequency saturation.
  static let k1: Float = 1.2
  /// Length normalisation.
  static let b: Float = 0.75
  /// How much a title occurrence counts against a body occurrence.
  static let titleWeight: Float = 2.5
  /// An occurrence in exactly the typed form.
  static let exactWeight: Float = 1.0
  /// Another inflection of the same stem: a bit below the exact form.
  static let stemWeight: Float = 0.85
  /// A prefix match ("бюджетний" for "бюджет") or a shorter-stem match: clearly lower.
  static let looseMatchWeight: Float = 0.4

  /// Inverse document frequency: rarer words weigh more; never negative.
  static func idf(documentFrequency: Int, documentCount: Int) -> Float {
    let frequency = Float(documentFrequency)
    let count = Float(max(documentCount, documentFrequency))
    return log(1 + (count - frequency + 0.5) / (frequency + 0.5))
  }

  /// The saturated BM25F score of one word in one document from its weighted occurrences.
  @inline(__always)
  static func score(
    idf: Float, titleOccurrences: Float, bodyOccurrences: Float, titleNorm: Float, bodyNorm: Float
  ) -> Float {
    let frequency = titleWeight * titleOccurrences / titleNorm + bodyOccurrences / bodyNorm
    return idf * frequency * (k1 + 1) / (frequency + k1)
  }
}
