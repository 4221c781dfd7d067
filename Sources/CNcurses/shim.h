#ifndef HROMADA_CNCURSES_SHIM_H
#define HROMADA_CNCURSES_SHIM_H

// SwiftPM drops pkg-config's -D flags, so the wide-character API must be switched on here.
#define NCURSES_WIDECHAR 1
#define _XOPEN_SOURCE_EXTENDED 1
#include <locale.h>
#include <ncursesw/ncurses.h>

// Swift 6 rejects ncurses' mutable globals; these wrappers read them safely.
static inline WINDOW *hromada_stdscr(void) { return stdscr; }
static inline int hromada_lines(void) { return LINES; }
static inline int hromada_cols(void) { return COLS; }

/// Writes one wide-character string at the cursor with the given attributes.
static inline int hromada_put_wide(int y, int x, const wchar_t *text, int count, attr_t attrs,
                                   short pair) {
  attr_set(attrs, pair, NULL);
  return mvaddnwstr(y, x, text, count);
}

// Attribute macros are not imported into Swift; these hand out their values.
static inline attr_t hromada_attr_bold(void) { return A_BOLD; }
static inline attr_t hromada_attr_reverse(void) { return A_REVERSE; }
static inline attr_t hromada_attr_underline(void) { return A_UNDERLINE; }
static inline attr_t hromada_attr_dim(void) { return A_DIM; }
static inline attr_t hromada_attr_normal(void) { return A_NORMAL; }
static inline int hromada_key_f0(void) { return KEY_F0; }
#endif
