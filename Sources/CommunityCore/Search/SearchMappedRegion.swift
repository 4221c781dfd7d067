import Glibc

/// Read-only bytes that stay valid for the life of the object: a mapped file or a heap copy.
///
/// Segment files are mapped rather than read so that opening an index costs the same for ten
/// documents as for a hundred thousand: the kernel pages in only what a query touches.
final class SearchMappedRegion: @unchecked Sendable {
  // Unchecked: the memory is never written after init and is freed only in deinit.
  /// The bytes.
  let bytes: UnsafeRawBufferPointer
  private let isMapped: Bool

  /// Maps the whole file at `path` read-only.
  init(mapping path: String) throws(SearchError) {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { throw .system("open", file: path) }
    defer { close(descriptor) }
    var status = stat()
    guard fstat(descriptor, &status) == 0 else { throw .system("fstat", file: path) }
    let size = Int(status.st_size)
    guard size > 0 else { throw .corrupt(path, "the file is empty") }
    let address = mmap(nil, size, PROT_READ, MAP_SHARED, descriptor, 0)
    guard let address, address != MAP_FAILED else { throw .system("mmap", file: path) }
    bytes = UnsafeRawBufferPointer(start: address, count: size)
    isMapped = true
  }

  /// Copies `data` to memory owned by the region.
  init(copying data: [UInt8]) {
    let memory = UnsafeMutableRawBufferPointer.allocate(
      byteCount: max(1, data.count), alignment: 16)
    data.withUnsafeBytes { source in
      if let base = source.baseAddress, let target = memory.baseAddress {
        target.copyMemory(from: base, byteCount: source.count)
      }
    }
    bytes = UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(memory)[0..<data.count])
    isMapped = false
  }

  deinit {
    if isMapped {
      munmap(UnsafeMutableRawPointer(mutating: bytes.baseAddress), bytes.count)
    } else {
      UnsafeMutableRawPointer(mutating: bytes.baseAddress)?.deallocate()
    }
  }
}
