/// Forms of the manual rendered from mustache templates (templates/, overridable per site).
#pragma once

#include <string>

#include "store/datadir.hpp"
#include "store/yaml_io.hpp"

namespace kefu {

/// Renders mustache `text` with `data` (objects, arrays, strings, numbers, booleans).
/// Values are inserted as written: forms are plain text, not HTML.
std::string render_mustache(const std::string& name, const std::string& text, const Json& data);

/// Renders the template file `name` (e.g. complaint_record.txt) of the data directory.
std::string render_form(const DataDir& dir, const std::string& name, const Json& data);

/// The site block every form shows: name, address, phone, office.
Json site_json(const DataDir& dir);

/// Pads each listed column of `rows` to its widest cell or heading (in display columns), so a
/// plain text template can line up a register with CJK text. Adds "<key>_pad" to each row and
/// returns the headings padded the same way, under the same "<key>_pad" names.
Json pad_columns(Json& rows, const std::vector<std::pair<std::string, std::string>>& key_heading);

}  // namespace kefu
