/// The keys a screen answers to, in order, each with its action and the words that explain it.
///
/// One keymap both dispatches keys and produces the status bar's hints and the help
/// overlay's lines, so what the screen says it does cannot drift from what it does. All
/// words (`hint`, `help`) come from the caller's string tables.
///
/// ```swift
/// let keymap = Keymap<NewsAction>([
///   .init([.enter], .open, hint: strings.open, help: strings.openHelp),
///   .init([.character("/")], .search, hint: strings.search, help: strings.searchHelp),
///   .init([.down, .character("j")], .next, help: strings.nextHelp),
/// ])
/// if let action = keymap.action(for: key) { … }
/// ```
package struct Keymap<Action: Sendable>: Sendable {
  /// Keys bound to one action, with a short hint for the status bar and a help sentence.
  package struct Binding: Sendable {
    /// The keys, the first of which the status-bar hint shows.
    package var keys: [Key]
    package var action: Action
    /// A word or two for the status bar; `nil` keeps the binding out of the hints.
    package var hint: String?
    /// A sentence for the help overlay.
    package var help: String

    package init(_ keys: [Key], _ action: Action, hint: String? = nil, help: String) {
      self.keys = keys
      self.action = action
      self.hint = hint
      self.help = help
    }
  }

  /// The bindings in the order they are hinted and listed; the first match wins.
  package var bindings: [Binding]

  package init(_ bindings: [Binding] = []) {
    self.bindings = bindings
  }

  /// Adds a binding after the existing ones.
  package mutating func bind(
    _ keys: [Key], to action: Action, hint: String? = nil, help: String
  ) {
    bindings.append(Binding(keys, action, hint: hint, help: help))
  }

  /// The action of the first binding that lists the key, if any.
  package func action(for key: Key) -> Action? {
    bindings.first { $0.keys.contains(key) }?.action
  }

  /// The status-bar hints: only bindings with a hint, in order, each shown with its first key.
  package var hints: [KeyHint] {
    bindings.compactMap { binding in
      guard let hint = binding.hint, let key = binding.keys.first else { return nil }
      return KeyHint(keys: key.displayName, text: hint)
    }
  }

  /// The help overlay's lines: every binding, with all its keys' names joined by ", ".
  package var helpLines: [KeyHint] {
    bindings.map { binding in
      KeyHint(keys: binding.keys.map(\.displayName).joined(separator: ", "), text: binding.help)
    }
  }

  /// The same bindings with their actions converted, so a screen can fold a shared keymap
  /// (quit, help, switch tab) into its own action type and keep one list.
  package func mapActions<Other: Sendable>(_ transform: (Action) -> Other) -> Keymap<Other> {
    Keymap<Other>(
      bindings.map {
        Keymap<Other>.Binding($0.keys, transform($0.action), hint: $0.hint, help: $0.help)
      }
    )
  }

  /// This keymap followed by another one's bindings; on a shared key this one wins.
  package func appending(_ other: Keymap<Action>) -> Keymap<Action> {
    Keymap(bindings + other.bindings)
  }
}

/// A key name and the words beside it: one status-bar hint or one help-overlay line.
package struct KeyHint: Hashable, Sendable {
  /// Display names of the keys ("Enter", "↑, k").
  package var keys: String
  /// The hint or help text from the caller's strings.
  package var text: String

  package init(keys: String, text: String) {
    self.keys = keys
    self.text = text
  }
}
