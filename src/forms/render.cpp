/// Mustache rendering through kainjow::mustache.
#include "forms/render.hpp"

#include <kainjow/mustache.hpp>

#include "core/errors.hpp"
#include "core/text.hpp"
#include "forms/print.hpp"

namespace kefu {
namespace {

namespace mu = kainjow::mustache;

mu::data to_mustache(const Json& v) {
  switch (v.type()) {
    case Json::value_t::object: {
      mu::data d{mu::data::type::object};
      for (const auto& [k, item] : v.items()) d.set(k, to_mustache(item));
      return d;
    }
    case Json::value_t::array: {
      mu::data d{mu::data::type::list};
      for (const auto& item : v) d.push_back(to_mustache(item));
      return d;
    }
    case Json::value_t::string:
      // An empty string is false, so {{#place}}…{{/place}} shows only what was filled in.
      if (v.get_ref<const std::string&>().empty()) return mu::data{mu::data::type::bool_false};
      return mu::data{v.get<std::string>()};
    case Json::value_t::boolean:
      return v.get<bool>() ? mu::data{mu::data::type::bool_true}
                           : mu::data{mu::data::type::bool_false};
    case Json::value_t::null:
      return mu::data{mu::data::type::bool_false};
    default:
      return mu::data{v.dump()};
  }
}

/// The data of a render, without partials: `{{>name}}` renders nothing. kainjow would take a
/// string of the data for the partial's template and render it, so that text staff typed (a
/// complaint's description) could name itself and recurse until the stack overflows, or name
/// others and multiply the output. No form uses partials.
class NoPartials : public mu::context<std::string> {
 public:
  using mu::context<std::string>::context;
  const mu::data* get_partial(const std::string&) const override { return nullptr; }
};

}  // namespace

std::string render_mustache(const std::string& name, const std::string& text, const Json& data) {
  mu::mustache tpl{text};
  if (!tpl.is_valid())
    throw StoreError("templates/" + name, 0, 0, "模板有误：" + tpl.error_message());
  tpl.set_custom_escape([](const std::string& s) { return s; });
  const mu::data values = to_mustache(data);
  NoPartials context(&values);
  auto out = tpl.render(context);
  if (!tpl.is_valid())
    throw StoreError("templates/" + name, 0, 0, "模板有误：" + tpl.error_message());
  return out;
}

std::string render_form(const DataDir& dir, const std::string& name, const Json& data) {
  auto text = render_mustache(name, dir.template_text(name), data);
  // A text form fits A4: 80 columns portrait, 120 landscape (forms/print.hpp).
  if (int columns = form_columns(name)) return fit_columns(text, columns);
  return text;
}

Json site_json(const DataDir& dir) {
  const auto& s = dir.config().site;
  return Json{{"name", s.name}, {"address", s.address}, {"phone", s.phone}, {"office", s.office}};
}

Json pad_columns(Json& rows, const std::vector<std::pair<std::string, std::string>>& key_heading) {
  Json headings = Json::object();
  for (const auto& [key, heading] : key_heading) {
    int width = display_width(heading);
    for (const auto& row : rows) width = std::max(width, display_width(row.value(key, "")));
    for (auto& row : rows) row[key + "_pad"] = pad_right(row.value(key, ""), width);
    headings[key + "_pad"] = pad_right(heading, width);
  }
  return headings;
}

}  // namespace kefu
