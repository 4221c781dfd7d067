import CommunityCore
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a PIN from an environment variable, or from the terminal without echoing it.
enum PINSource {
  static func pin(prompt: String, variable: String) throws -> String {
    if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
    let tty = open("/dev/tty", O_RDWR | O_NOCTTY)
    guard tty >= 0 else {
      throw CLIError("no PIN: set \(variable) or run in a terminal to be asked")
    }
    defer { close(tty) }
    var saved = termios()
    let isTerminal = tcgetattr(tty, &saved) == 0
    var silent = saved
    silent.c_lflag &= ~tcflag_t(ECHO)
    if isTerminal { tcsetattr(tty, TCSAFLUSH, &silent) }
    defer { if isTerminal { tcsetattr(tty, TCSAFLUSH, &saved) } }
    _ = prompt.withCString { write(tty, $0, strlen($0)) }
    var bytes: [UInt8] = []
    var byte: UInt8 = 0
    while read(tty, &byte, 1) == 1, byte != UInt8(ascii: "\n"), byte != UInt8(ascii: "\r") {
      bytes.append(byte)
    }
    _ = write(tty, "\n", 1)
    return String(decoding: bytes, as: UTF8.self)
  }
}
