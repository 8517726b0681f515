/// Reading the block YAML that kefu writes, by lines, without yaml-cpp's scanner.
///
/// kefu's files (emit_yaml) are block mappings and sequences, each level indented two spaces
/// more, one entry a line, with plain or double-quoted texts, `~`, `{}` and `[]`. yaml-cpp
/// scans a text one character at a time against its rules, which took 70% of the time of a
/// full index rebuild; read by lines, the same files cost a fraction of that.
///
/// read_block_yaml gives an EventHandler the events yaml-cpp's parser gives for the same text,
/// with the same marks, tags and styles. At the first thing outside that subset (a comment, a
/// blank line, a literal block, a tab, an escape other than \" \\ \n \t, a quoted key, an
/// indentation kefu does not write, a text a plain scalar could read otherwise …) it stops and
/// returns false, having given some events already: the caller starts again with yaml-cpp,
/// so that a hand-edited file reads exactly as yaml-cpp reads it, errors included. That the
/// events are the same is tested on every file of the demo estate
/// (tests/unit/yaml_block_test.cpp) and on any text the fuzz_record target makes.
#pragma once

#include <string>
#include <string_view>

namespace YAML {
class EventHandler;
}

namespace kefu {

/// Gives `handler` the events of one document read from `text` (UTF-8, LF line ends); false
/// when the text is not in the subset above, after giving some events.
bool read_block_yaml(std::string_view text, YAML::EventHandler& handler);

/// Whether `s` can stand as a plain (unquoted) text, as a value or key of a block mapping or
/// an item of a block sequence, and read back as itself. Stricter than YAML needs.
bool plain_ok(std::string_view s);

/// The plain texts YAML reads as null: ~, null, Null, NULL.
bool is_null_word(std::string_view s);

/// Characters a file never holds as they are, only as escapes inside double quotes: controls,
/// DEL, C1, the line and paragraph separators, the byte-order mark.
bool needs_escape(char32_t c);

}  // namespace kefu
