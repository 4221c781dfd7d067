extension DisplayWidth {
  /// Removes what a terminal would act on instead of showing from text that came from outside:
  /// ESC sequences (CSI, OSC, DCS and the rest), C0 and C1 control characters, and the bidi
  /// embedding, override and isolate controls.
  ///
  /// News imported from a feed, a request description or a CSV cell could otherwise move the
  /// cursor, retitle the terminal, hide text or reorder a line. Line breaks (LF, CR LF, CR,
  /// U+2028, U+2029, NEL) become "\n" when `keepingNewlines` is true and a space otherwise;
  /// a tab becomes a space.
  package static func sanitized(_ text: some StringProtocol, keepingNewlines: Bool = true)
    -> String
  {
    var scanner = ControlScanner(scalars: Array(text.unicodeScalars))
    var output = String.UnicodeScalarView()
    let lineBreak: Unicode.Scalar = keepingNewlines ? "\n" : " "
    while let scalar = scanner.next() {
      switch scalar.value {
      case 0x0A, 0x0B, 0x0C, 0x85, 0x2028, 0x2029:
        output.append(lineBreak)
      case 0x0D:
        // CR LF is one break, not two.
        scanner.skip(ifNext: 0x0A)
        output.append(lineBreak)
      case 0x09:
        output.append(" ")
      case 0x1B:
        scanner.skipEscapeSequence()
      case 0x9B:
        scanner.skipControlSequence()
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F:
        scanner.skipString()
      case 0x00..<0x20, 0x7F..<0xA0, 0x202A...0x202E, 0x2066...0x2069:
        continue
      default:
        output.append(scalar)
      }
    }
    return String(output)
  }
}

/// Walks scalars and skips the parameter and string parts of terminal control sequences.
private struct ControlScanner {
  let scalars: [Unicode.Scalar]
  var index = 0

  mutating func next() -> Unicode.Scalar? {
    guard index < scalars.count else { return nil }
    defer { index += 1 }
    return scalars[index]
  }

  private func peek() -> UInt32? {
    index < scalars.count ? scalars[index].value : nil
  }

  mutating func skip(ifNext value: UInt32) {
    if peek() == value {
      index += 1
    }
  }

  /// Skips what follows an ESC: a CSI, a string command, or intermediates and a final byte.
  mutating func skipEscapeSequence() {
    guard let introducer = peek() else { return }
    switch introducer {
    case 0x5B:  // "[": CSI
      index += 1
      skipControlSequence()
    case 0x5D, 0x50, 0x58, 0x5E, 0x5F:  // "]" OSC, "P" DCS, "X" SOS, "^" PM, "_" APC
      index += 1
      skipString()
    default:
      // Two-character sequences such as ESC c, or ESC ( B with intermediate bytes.
      while let value = peek(), (0x20...0x2F).contains(value) {
        index += 1
      }
      if let value = peek(), (0x30...0x7E).contains(value) {
        index += 1
      }
    }
  }

  /// Skips a CSI's parameter and intermediate bytes and its final byte.
  mutating func skipControlSequence() {
    while let value = peek() {
      if (0x40...0x7E).contains(value) {
        index += 1
        return
      }
      guard (0x20...0x3F).contains(value) else {
        // A malformed sequence: what follows is ordinary text again.
        return
      }
      index += 1
    }
  }

  /// Skips an OSC, DCS, SOS, PM or APC string up to its terminator: BEL, ST or ESC "\".
  mutating func skipString() {
    while let value = peek() {
      index += 1
      switch value {
      case 0x07, 0x9C:
        return
      case 0x1B:
        skip(ifNext: 0x5C)
        return
      default:
        continue
      }
    }
  }
}
