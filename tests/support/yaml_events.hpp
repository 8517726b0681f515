/// yaml-cpp's events for a text, written one to a line, so that two readers of the same text
/// can be compared: yaml-cpp's parser and kefu's read_block_yaml (store/yaml_block.hpp).
#pragma once

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <optional>
#include <sstream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "store/yaml_block.hpp"

namespace kefu::testing {

class EventLog : public YAML::EventHandler {
 public:
  std::string text;

  void OnDocumentStart(const YAML::Mark& m) override { add("doc", m); }
  void OnDocumentEnd() override { text += "end-doc\n"; }
  void OnNull(const YAML::Mark& m, YAML::anchor_t a) override { add("null", m, "", a); }
  void OnAlias(const YAML::Mark& m, YAML::anchor_t a) override { add("alias", m, "", a); }
  void OnAnchor(const YAML::Mark& m, const std::string& name) override { add("anchor", m, name); }
  void OnScalar(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                const std::string& value) override {
    add("scalar", m, tag, a);
    text += fmt::format(" [{}]\n", value);
  }
  void OnSequenceStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                       YAML::EmitterStyle::value style) override {
    add("seq", m, tag, a, style);
  }
  void OnSequenceEnd() override { text += "end-seq\n"; }
  void OnMapStart(const YAML::Mark& m, const std::string& tag, YAML::anchor_t a,
                  YAML::EmitterStyle::value style) override {
    add("map", m, tag, a, style);
  }
  void OnMapEnd() override { text += "end-map\n"; }

 private:
  void add(const char* what, const YAML::Mark& m, const std::string& tag = "", YAML::anchor_t a = 0,
           int style = -1) {
    text += fmt::format("{} @{}:{}:{} {} {} {}", what, m.pos, m.line, m.column, tag, a, style);
    if (std::string_view(what) != "scalar") text += '\n';
  }
};

/// yaml-cpp's events for the first document of `text` (and the start of a second, if any);
/// nullopt when yaml-cpp refuses the text.
inline std::optional<std::string> yaml_cpp_events(std::string_view text) {
  EventLog log;
  try {
    std::istringstream in{std::string(text)};
    YAML::Parser parser(in);
    if (parser.HandleNextDocument(log)) parser.HandleNextDocument(log);
  } catch (const YAML::Exception&) {
    return std::nullopt;
  }
  return log.text;
}

/// read_block_yaml's events for `text`; nullopt when it leaves the text to yaml-cpp.
inline std::optional<std::string> block_events(std::string_view text) {
  EventLog log;
  if (!read_block_yaml(text, log)) return std::nullopt;
  return log.text;
}

}  // namespace kefu::testing
